package dev.retort.revisions;

import dev.retort.templates.PendingStep;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a revision file. The contract with the template is a set of comment lines, each at the start of a line:
 * <pre>
 * -- retort:revision 3f2a9c1b7e4d
 * -- retort:parents 1a2b3c4d5e6f        (space-separated; nothing after the word for a first revision)
 * -- retort:message add orders
 * -- retort:created 2026-11-23T10:15:30Z
 * -- retort:pending drop-column public.customer.nick: ...   (an expand revision: one line per step it leaves)
 * -- retort:completes 3f2a9c1b7e4d      (a contract revision: the expand revisions it completes)
 * -- retort:upgrade                      (its statements follow)
 * -- retort:downgrade                    (its statements follow, to the end of the file)
 * -- retort:no-transaction               (in a section: the statements after it run outside any transaction,
 * -- retort:transaction                   each on its own, up to this line or the end of the section)
 * -- retort:lint-ignore RULE reason      (in a section, among the comments above a statement of the same block:
 *                                         accepts what the linter finds of RULE in it)
 * -- retort:lint-ignore-file RULE reason (in the header, any number: accepts RULE in the whole upgrade)
 * </pre>
 * The four header lines come before {@code -- retort:upgrade}, once each, in any order, and so do the optional
 * {@code pending} lines (any number) and {@code completes} line (at most one); no SQL may come before
 * {@code -- retort:upgrade}. A block marker must come between statements, never inside one. Lines inside strings,
 * dollar quotes and block comments are never mistaken for these. Every other {@code -- retort:} line is an error, so
 * a typo is never silently ignored.
 */
public final class RevisionFile {

    public static final String REVISION = "revision";
    public static final String PARENTS = "parents";
    public static final String MESSAGE = "message";
    public static final String CREATED = "created";
    public static final String UPGRADE = "upgrade";
    public static final String DOWNGRADE = "downgrade";
    public static final String NO_TRANSACTION = "no-transaction";
    public static final String TRANSACTION = "transaction";
    public static final String LINT_IGNORE = "lint-ignore";
    public static final String LINT_IGNORE_FILE = "lint-ignore-file";
    public static final String PENDING = "pending";
    public static final String COMPLETES = "completes";

    private static final String PREFIX = "-- retort:";
    private static final List<String> HEADER = List.of(REVISION, PARENTS, MESSAGE, CREATED);
    private static final List<String> KNOWN = List.of(REVISION, PARENTS, MESSAGE, CREATED, PENDING, COMPLETES,
            UPGRADE, DOWNGRADE, NO_TRANSACTION, TRANSACTION, LINT_IGNORE, LINT_IGNORE_FILE);
    /** Ids fit the version table's varchar(64) and never contain the '+'/'-' of relative targets. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final Path file;
    private final String text;
    private final List<SqlToken> tokens;

    private RevisionFile(Path file, String text, List<SqlToken> tokens) {
        this.file = file;
        this.text = text;
        this.tokens = tokens;
    }

    /** Reads the UTF-8 file. */
    public static Revision read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new RevisionFileException(file, "is not UTF-8 text", e);
        } catch (NoSuchFileException e) {
            throw new RevisionFileException(file, "no such file", e);
        } catch (IOException e) {
            throw new RevisionFileException(file, "cannot be read: " + e.getMessage(), e);
        }
        return parse(file, text);
    }

    /** Reads revision text; {@code file} names it in errors and in the {@link Revision}. */
    public static Revision parse(Path file, String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<SqlToken> tokens;
        try {
            tokens = SqlTokenizer.tokenize(withoutBom);
        } catch (SqlTextException e) {
            throw new RevisionFileException(file, e.line(), e.problem());
        }
        return new RevisionFile(file, withoutBom, tokens).revision();
    }

    /** Whether {@code id} can name a revision: 1 to 64 ASCII letters, digits or underscores. */
    /**
     * The message as it may be shown on a terminal: a control character (an escape sequence that would recolour or
     * rewrite the screen of whoever runs {@code history}) becomes U+FFFD.
     */
    static String printable(String message) {
        StringBuilder shown = new StringBuilder(message.length());
        message.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? 0xFFFD : c));
        return shown.toString();
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches() && !RESERVED.contains(id.toLowerCase(java.util.Locale.ROOT));
    }

    /** The words revision specs give a meaning of their own: a revision of that id could never be named. */
    private static final Set<String> RESERVED = Set.of("base", "head", "heads", "current");

    private record Directive(String key, String value, int line, int tokenIndex) {
    }

    private Revision revision() {
        Map<String, Directive> header = new LinkedHashMap<>();
        Directive upgrade = null;
        Directive downgrade = null;
        List<Directive> blockMarkers = new ArrayList<>();
        List<LintIgnoreComment> fileLintIgnores = new ArrayList<>();
        List<Directive> pending = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            Directive directive = directiveAt(token, i);
            if (directive == null) {
                if (upgrade == null && (token.isSignificant() || token.kind() == SqlToken.Kind.SEMICOLON)) {
                    throw error(token.line(), "SQL before the '" + PREFIX + UPGRADE + "' section");
                }
                continue;
            }
            switch (directive.key()) {
                case UPGRADE -> {
                    requireOnce(directive, upgrade);
                    requireNoValue(directive);
                    if (downgrade != null) {
                        throw error(downgrade.line(), "'" + PREFIX + DOWNGRADE + "' comes before '" + PREFIX + UPGRADE
                                + "'");
                    }
                    upgrade = directive;
                }
                case DOWNGRADE -> {
                    requireOnce(directive, downgrade);
                    requireNoValue(directive);
                    downgrade = directive;
                }
                case NO_TRANSACTION, TRANSACTION -> {
                    if (upgrade == null) {
                        throw error(directive.line(), "'" + PREFIX + directive.key() + "' belongs in the upgrade or "
                                + "downgrade section, after '" + PREFIX + UPGRADE + "'");
                    }
                    requireNoValue(directive);
                    blockMarkers.add(directive);
                }
                case LINT_IGNORE -> {
                    // the splitter gives it to the statement below it; the linter reads rule and reason
                    if (upgrade == null) {
                        throw error(directive.line(), "'" + PREFIX + LINT_IGNORE + "' goes right above the statement"
                                + " it accepts, in a section; for the whole file write '" + PREFIX + LINT_IGNORE_FILE
                                + " RULE reason' in the header");
                    }
                }
                case LINT_IGNORE_FILE -> {
                    if (upgrade != null) {
                        throw error(directive.line(), "'" + PREFIX + LINT_IGNORE_FILE + "' belongs to the header,"
                                + " before '" + PREFIX + UPGRADE + "'");
                    }
                    fileLintIgnores.add(new LintIgnoreComment(directive.line(), directive.value()));
                }
                default -> {
                    if (upgrade != null) {
                        throw error(directive.line(), "'" + PREFIX + directive.key()
                                + "' belongs to the header, before '" + PREFIX + UPGRADE + "'");
                    }
                    if (directive.key().equals(PENDING)) {
                        pending.add(directive);
                        continue;
                    }
                    requireOnce(directive, header.get(directive.key()));
                    header.put(directive.key(), directive);
                }
            }
        }
        for (String key : HEADER) {
            if (!header.containsKey(key)) {
                throw error(1, "missing '" + PREFIX + key + "' header");
            }
        }
        if (upgrade == null) {
            throw error(lastLine(), "missing '" + PREFIX + UPGRADE + "' section");
        }
        if (downgrade == null) {
            throw error(lastLine(), "missing '" + PREFIX + DOWNGRADE + "' section");
        }
        String id = id(header.get(REVISION));
        return new Revision(id, parents(header.get(PARENTS), id), printable(header.get(MESSAGE).value()),
                created(header.get(CREATED)), file, Checksum.of(text),
                section(upgrade, downgrade.tokenIndex(), blockMarkers),
                section(downgrade, tokens.size(), blockMarkers),
                new Rollout(pending.stream().map(this::pendingStep).toList(), completes(header.get(COMPLETES), id)),
                fileLintIgnores);
    }

    /** {@code <kind> <path>: <what>}. */
    private PendingStep pendingStep(Directive directive) {
        int colon = directive.value().indexOf(": ");
        if (colon <= 0 || directive.value().substring(0, colon).strip().split("\\s+").length != 2) {
            throw error(directive.line(), "'" + PREFIX + PENDING + "' needs '<step> <path>: <what>', such as '"
                    + PREFIX + PENDING + " drop-column public.customer.nick: drop column ...', found '"
                    + directive.value() + "'");
        }
        return new PendingStep(directive.value().substring(0, colon).strip(), directive.value().substring(colon + 2));
    }

    private List<String> completes(Directive directive, String id) {
        if (directive == null) {
            return List.of();
        }
        List<String> expands = directive.value().isEmpty() ? List.of() : List.of(directive.value().split("\\s+"));
        for (String expand : expands) {
            if (!isValidId(expand) || expand.equals(id)) {
                throw error(directive.line(), "'" + PREFIX + COMPLETES + "' lists '" + expand + "', which is not the"
                        + " id of another revision");
            }
        }
        if (expands.isEmpty()) {
            throw error(directive.line(), "'" + PREFIX + COMPLETES + "' names no revision: list the expand revisions"
                    + " it completes, or remove the line");
        }
        return expands;
    }

    /** The statements from a section marker up to token {@code end}, non-transactional inside marked blocks. */
    private Script section(Directive start, int end, List<Directive> blockMarkers) {
        List<SqlStatement> statements = new ArrayList<>();
        boolean transactional = true;
        Directive opened = null;
        int from = start.tokenIndex() + 1;
        for (Directive marker : blockMarkers) {
            if (marker.tokenIndex() < from || marker.tokenIndex() >= end) {
                continue;
            }
            boolean opens = marker.key().equals(NO_TRANSACTION);
            if (opens && opened != null) {
                throw error(marker.line(), "second '" + PREFIX + NO_TRANSACTION + "' while the block opened at line "
                        + opened.line() + " is open; close it with '" + PREFIX + TRANSACTION + "' or remove this line");
            }
            if (!opens && opened == null) {
                throw error(marker.line(), "'" + PREFIX + TRANSACTION + "' closes no '" + PREFIX + NO_TRANSACTION
                        + "' block; remove it");
            }
            StatementSplitter.Split split = StatementSplitter.split(text, tokens, from, marker.tokenIndex(),
                    transactional);
            if (split.unterminatedLine() > 0) {
                throw error(split.unterminatedLine(), "the statement that starts here is not ended with ';' before '"
                        + PREFIX + marker.key() + "' at line " + marker.line() + "; a block marker goes between "
                        + "statements");
            }
            requireNoStrayLintIgnore(split);
            statements.addAll(split.statements());
            transactional = !opens;
            opened = opens ? marker : null;
            from = marker.tokenIndex() + 1;
        }
        StatementSplitter.Split last = StatementSplitter.split(text, tokens, from, end, transactional);
        requireNoStrayLintIgnore(last);
        statements.addAll(last.statements());
        return new Script(statements);
    }

    /** A {@code -- retort:lint-ignore} above no statement would accept nothing, silently: an error instead. */
    private void requireNoStrayLintIgnore(StatementSplitter.Split split) {
        if (split.strayLintIgnoreLine() > 0) {
            throw error(split.strayLintIgnoreLine(), "'" + PREFIX + LINT_IGNORE + "' is above no statement of its"
                    + " block: put it right above the statement it accepts");
        }
    }

    /** A {@code -- retort:} line comment that starts its line, parsed; null for anything else. */
    private Directive directiveAt(SqlToken token, int index) {
        if (token.kind() != SqlToken.Kind.LINE_COMMENT
                || (token.start() > 0 && text.charAt(token.start() - 1) != '\n')) {
            return null;
        }
        String comment = token.text(text).stripTrailing();
        if (!comment.startsWith(PREFIX)) {
            return null;
        }
        String rest = comment.substring(PREFIX.length());
        int blank = 0;
        while (blank < rest.length() && !Character.isWhitespace(rest.charAt(blank))) {
            blank++;
        }
        String key = rest.substring(0, blank);
        if (!KNOWN.contains(key)) {
            throw error(token.line(), "unknown '" + PREFIX + key + "' line; retort knows " + PREFIX
                    + String.join(", " + PREFIX, KNOWN));
        }
        return new Directive(key, rest.substring(blank).strip(), token.line(), index);
    }

    private void requireOnce(Directive directive, Directive earlier) {
        if (earlier != null) {
            throw error(directive.line(), "second '" + PREFIX + directive.key() + "' line (the first is line "
                    + earlier.line() + ")");
        }
    }

    private void requireNoValue(Directive directive) {
        if (!directive.value().isEmpty()) {
            throw error(directive.line(), "'" + PREFIX + directive.key() + "' takes nothing after it, found '"
                    + directive.value() + "'");
        }
    }

    private String id(Directive directive) {
        if (!isValidId(directive.value())) {
            throw error(directive.line(), "'" + PREFIX + REVISION + "' needs an id of 1 to 64 letters, digits or "
                    + "underscores, other than base, head, heads and current, found '" + directive.value() + "'");
        }
        return directive.value();
    }

    private List<String> parents(Directive directive, String id) {
        if (directive.value().isEmpty()) {
            return List.of();
        }
        Set<String> parents = new LinkedHashSet<>();
        for (String parent : directive.value().split("\\s+")) {
            if (!isValidId(parent)) {
                throw error(directive.line(), "'" + PREFIX + PARENTS + "' lists '" + parent
                        + "', which is not a revision id (1 to 64 letters, digits or underscores, other than base,"
                        + " head, heads and current)");
            }
            if (parent.equals(id)) {
                throw error(directive.line(), "revision " + id + " names itself as its parent");
            }
            if (!parents.add(parent)) {
                throw error(directive.line(), "'" + PREFIX + PARENTS + "' lists " + parent + " twice");
            }
        }
        return new ArrayList<>(parents);
    }

    private Instant created(Directive directive) {
        try {
            return Instant.parse(directive.value());
        } catch (DateTimeParseException e) {
            throw error(directive.line(), "'" + PREFIX + CREATED + "' needs an ISO-8601 instant such as "
                    + "2026-11-23T10:15:30Z, found '" + directive.value() + "'");
        }
    }

    private int lastLine() {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                lines++;
            }
        }
        return lines;
    }

    private RevisionFileException error(int line, String problem) {
        return new RevisionFileException(file, line, problem);
    }
}
