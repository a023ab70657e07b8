package dev.retort.revisions;

import dev.retort.templates.RevisionDocument;
import dev.retort.templates.RevisionTemplates;
import dev.retort.templates.ScriptStatement;
import dev.retort.templates.TemplateRenderException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes new revision files into the versions directory, as {@code <id>_<slug>.sql}, with the text the templates
 * render. Before writing, it reads the text back as a revision file: a template that loses the header lines, a
 * section, or a statement is reported instead of leaving a file that retort cannot apply. It never overwrites.
 */
public final class RevisionWriter {

    private static final int ID_BYTES = 6;
    private static final int SLUG_LENGTH = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path versionsDirectory;
    private final RevisionTemplates templates;

    public RevisionWriter(Path versionsDirectory, RevisionTemplates templates) {
        this.versionsDirectory = Objects.requireNonNull(versionsDirectory, "versionsDirectory");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** 12 lowercase hex characters from a {@link SecureRandom}: 48 bits, so branches made apart do not collide. */
    public static String newRevisionId() {
        byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The message lower-cased, each run of other characters than a-z and 0-9 as one '_', at most 40 characters. */
    public static String slug(String message) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("_+$", "");
        }
        return slug;
    }

    /** {@code <id>_<slug>.sql}, or {@code <id>.sql} when the message has nothing to make a slug of. */
    public static String fileName(String revisionId, String message) {
        String slug = slug(message);
        return slug.isEmpty() ? revisionId + ".sql" : revisionId + "_" + slug + ".sql";
    }

    /**
     * Renders the document, checks that it reads back, and writes it to a new file.
     *
     * @return the revision as read back from what was written
     * @throws TemplateRenderException when the template fails
     * @throws RevisionFileException   when the rendered text does not read back as this revision
     * @throws java.nio.file.FileAlreadyExistsException when the file exists already
     */
    public Revision write(RevisionDocument document) throws TemplateRenderException, IOException {
        if (!RevisionFile.isValidId(document.revisionId())) {
            throw new IllegalArgumentException("not a revision id: '" + document.revisionId() + "'");
        }
        Path file = versionsDirectory.resolve(fileName(document.revisionId(), document.message()));
        String text = withRollout(file, templates.render(document), document);
        Revision revision = readBack(file, text, document);
        Files.createDirectories(versionsDirectory);
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return revision;
    }

    /**
     * The rendered text, with the expand/contract header lines on top when the template wrote none (a project's copy
     * of the template made before they existed): what is pending must be in the file whatever the template.
     */
    private static String withRollout(Path file, String text, RevisionDocument document) {
        if (document.pending().isEmpty() && document.completes().isEmpty()) {
            return text;
        }
        try {
            if (!RevisionFile.parse(file, text).rollout().equals(Rollout.NONE)) {
                return text;
            }
        } catch (RevisionFileException e) {
            return text; // reported by the read-back, naming the template
        }
        StringBuilder lines = new StringBuilder();
        document.pending().forEach(step -> lines.append("-- retort:" + RevisionFile.PENDING + " ")
                .append(step.line()).append('\n'));
        if (!document.completes().isEmpty()) {
            lines.append("-- retort:" + RevisionFile.COMPLETES + " ").append(String.join(" ", document.completes()))
                    .append('\n');
        }
        return lines + text;
    }

    private Revision readBack(Path file, String text, RevisionDocument document) {
        Revision revision;
        try {
            revision = RevisionFile.parse(file, text);
        } catch (RevisionFileException e) {
            throw templateBroke(file, (e.line() > 0 ? "line " + e.line() + ": " : "") + e.problem());
        }
        if (!revision.id().equals(document.revisionId())) {
            throw templateBroke(file, "it writes revision id '" + revision.id() + "' instead of '"
                    + document.revisionId() + "'");
        }
        if (!revision.parents().equals(document.parentIds())) {
            throw templateBroke(file, "it writes parents " + revision.parents() + " instead of "
                    + document.parentIds());
        }
        if (!revision.rollout().equals(new Rollout(document.pending(), document.completes()))) {
            throw templateBroke(file, "it writes the expand/contract lines " + revision.rollout() + " instead of "
                    + new Rollout(document.pending(), document.completes()));
        }
        requireAllStatements(file, "upgrade", document.upgrade(), revision.upgrade());
        requireAllStatements(file, "downgrade", document.downgrade(), revision.downgrade());
        return revision;
    }

    /** The document's statements must all be in the section, in order; a template may add statements of its own. */
    private void requireAllStatements(Path file, String section, List<ScriptStatement> expected, Script written) {
        firstMissing(expected, written).ifPresent(statement -> {
            throw templateBroke(file, "its " + section + " section lacks the statement for " + statement.cause()
                    + " (or splits it differently: one statement per entry, please)");
        });
        firstRunInTransaction(expected, written).ifPresent(statement -> {
            throw templateBroke(file, "its " + section + " section runs the statement for " + statement.cause()
                    + " inside the transaction, which it must not (" + firstLine(statement.sql()) + "): write the "
                    + "statements whose 'transactional' is false between '-- retort:" + RevisionFile.NO_TRANSACTION
                    + "' and '-- retort:" + RevisionFile.TRANSACTION + "', as the built-in template does, or set "
                    + "migration.lock_aware=none");
        });
    }

    /** The first statement the document marks as running outside a transaction that the written script runs in one. */
    private static Optional<ScriptStatement> firstRunInTransaction(List<ScriptStatement> expected, Script written) {
        int next = 0;
        for (ScriptStatement statement : expected) {
            while (next < written.size() && !written.statements().get(next).sql().equals(statement.sql())) {
                next++;
            }
            if (next == written.size()) {
                return Optional.empty();
            }
            if (!statement.transactional() && written.statements().get(next).transactional()) {
                return Optional.of(statement);
            }
            next++;
        }
        return Optional.empty();
    }

    private static String firstLine(String sql) {
        return sql.lines().findFirst().orElse(sql);
    }

    /**
     * The first of the expected statements that the written script lacks, looking for each after the one before
     * (a template may add statements of its own); empty when every one is there, in order.
     */
    public static Optional<ScriptStatement> firstMissing(List<ScriptStatement> expected, Script written) {
        int next = 0;
        for (ScriptStatement statement : expected) {
            while (next < written.size() && !written.statements().get(next).sql().equals(statement.sql())) {
                next++;
            }
            if (next == written.size()) {
                return Optional.of(statement);
            }
            next++;
        }
        return Optional.empty();
    }

    private RevisionFileException templateBroke(Path file, String problem) {
        return new RevisionFileException(file, "not written: the template " + templates.source()
                + " renders a revision retort cannot read back: " + problem, null);
    }
}
