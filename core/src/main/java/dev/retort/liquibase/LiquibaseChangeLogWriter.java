package dev.retort.liquibase;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFileException;
import dev.retort.revisions.RevisionWriter;
import dev.retort.revisions.Script;
import dev.retort.revisions.SqlStatement;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.ScriptStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.util.StringUtil;

/**
 * Writes a revision as a Liquibase formatted SQL changelog, {@code <id>_<slug>.sql} beside the master changelog, and
 * includes it from the master ({@link MasterChangeLog}) unless Liquibase already finds it included.
 * Each {@link ChangeSetDraft} becomes one {@code --changeset retort:<id>} with its statements and, as
 * {@code --rollback} lines, the statements that revert it; a draft that must run outside a transaction says
 * {@code runInTransaction:false}. The id is the creation time, {@code yyyyMMddHHmmss} in UTC, so that file names sort
 * in the order they were written. Liquibase's own parser reads both files back
 * before retort reports success; if either says otherwise, the new file is removed and the master restored.
 */
public final class LiquibaseChangeLogWriter {

    /** The author of every changeset retort writes. */
    public static final String AUTHOR = "retort";
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    /**
     * Statements that run together: in one transaction, or (for {@code CREATE INDEX CONCURRENTLY} and its kind) in a
     * changeset of their own with {@code runInTransaction:false}.
     *
     * @param rollback the statements that revert exactly these, in the order they run
     */
    public record ChangeSetDraft(boolean runInTransaction, List<ScriptStatement> statements,
                                 List<ScriptStatement> rollback) {
        public ChangeSetDraft {
            statements = List.copyOf(statements);
            rollback = List.copyOf(rollback);
        }
    }

    private final LiquibaseChangeLog changeLog;

    public LiquibaseChangeLogWriter(LiquibaseChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    /** The id of a revision created at {@code created}: its second, or the next free one. */
    public String nextId(Instant created) {
        Instant at = created;
        while (idTaken(ID.format(at))) {
            at = at.plusSeconds(1);
        }
        return ID.format(at);
    }

    private boolean idTaken(String id) {
        Path directory = directory();
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (var files = Files.list(directory)) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith(id));
        } catch (IOException e) {
            return false;
        }
    }

    private Path directory() {
        Path parent = changeLog.masterFile().getParent();
        return parent == null ? changeLog.searchPath() : parent;
    }

    /** The document's upgrade as one changeset, its downgrade as the rollback. */
    public Revision write(RevisionDocument document) throws IOException {
        return write(document, List.of(new ChangeSetDraft(true, document.upgrade(), document.downgrade())));
    }

    /**
     * @param document its id ({@link #nextId}), message, time and findings; its statements are the drafts'
     * @return the revision of the first new changeset, as the master changelog now reads it
     */
    public Revision write(RevisionDocument document, List<ChangeSetDraft> drafts) throws IOException {
        MasterChangeLog master = new MasterChangeLog(changeLog.masterFile());
        master.requireAppendable();
        String fileName = RevisionWriter.fileName(document.revisionId(), document.message());
        Path file = directory().resolve(fileName);
        Files.createDirectories(directory());
        Files.writeString(file, text(document, drafts), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        String masterBefore = master.snapshot();
        try {
            requireReadBack(file, drafts);
            if (included(file).isEmpty()) {
                master.include(fileName);
            }
            return included(file).orElseThrow(() -> new RevisionFileException(changeLog.masterFile(),
                    "Liquibase does not find " + fileName + " included after retort appended it: include it by"
                            + " hand", null));
        } catch (IOException | RuntimeException e) {
            master.restore(masterBefore);
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private Optional<Revision> included(Path file) {
        return changeLog.graph().revisions().stream().filter(revision -> revision.file().equals(file)).findFirst();
    }

    /** Liquibase must read the file as the drafts say: the same changesets, statements and rollbacks. */
    private void requireReadBack(Path file, List<ChangeSetDraft> drafts) {
        String relative = changeLog.searchPath().relativize(file).toString().replace('\\', '/');
        List<ChangeSet> read = new LiquibaseChangeLog(changeLog.searchPath(), relative).changeSets();
        if (read.size() != drafts.size()) {
            throw notReadBack(file, "Liquibase reads " + read.size() + " changesets, not " + drafts.size());
        }
        for (int i = 0; i < drafts.size(); i++) {
            ChangeSetDraft draft = drafts.get(i);
            ChangeSet changeSet = read.get(i);
            if (changeSet.isRunInTransaction() != draft.runInTransaction()) {
                throw notReadBack(file, "changeset " + changeSet.getId() + " has the wrong runInTransaction");
            }
            requireStatements(file, changeSet, "statement", draft.statements(), changeSet.getChanges());
            requireStatements(file, changeSet, "rollback", draft.rollback(), changeSet.getRollback().getChanges());
        }
    }

    /** The statements as Liquibase will send them, each piece of its split read as retort reads SQL. */
    private static void requireStatements(Path file, ChangeSet changeSet, String what, List<ScriptStatement> expected,
                                          List<Change> changes) {
        List<SqlStatement> sent = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof AbstractSQLChange && ((AbstractSQLChange) change).getSql() != null) {
                AbstractSQLChange sql = (AbstractSQLChange) change;
                for (String piece : StringUtil.processMultiLineSQL(sql.getSql(), sql.isStripComments(),
                        sql.isSplitStatements(), sql.getEndDelimiter(), changeSet)) {
                    try {
                        sent.addAll(Script.parse(piece).statements());
                    } catch (IllegalArgumentException e) {
                        throw notReadBack(file, "Liquibase would send the " + what + "s of changeset "
                                + changeSet.getId() + " split apart: " + e.getMessage());
                    }
                }
            }
        }
        Optional<ScriptStatement> missing = RevisionWriter.firstMissing(expected, new Script(sent));
        if (missing.isPresent()) {
            throw notReadBack(file, "Liquibase does not read the " + what + " for " + missing.get().cause()
                    + " in changeset " + changeSet.getId());
        }
    }

    private static RevisionFileException notReadBack(Path file, String problem) {
        return new RevisionFileException(file, "not written: " + problem, null);
    }

    static String text(RevisionDocument document, List<ChangeSetDraft> drafts) {
        StringBuilder text = new StringBuilder("--liquibase formatted sql\n");
        text.append("-- Generated by retort ").append(document.retortVersion()).append(" at ")
                .append(DateTimeFormatter.ISO_INSTANT.format(document.createdAt())).append(". Review before applying.\n");
        if (!document.findings().isEmpty()) {
            text.append("--\n-- Not turned into SQL (policy: report):\n");
            document.findings().forEach(finding -> text.append(comment(finding.object() + ": " + finding.reason())));
        }
        List<String> ids = changeSetIds(document.revisionId(), drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            ChangeSetDraft draft = drafts.get(i);
            text.append("\n--changeset ").append(AUTHOR).append(':').append(ids.get(i))
                    .append(draft.runInTransaction() ? "" : " runInTransaction:false")
                    .append(keptWhole(draft.statements()) ? "" : " splitStatements:false")
                    .append(keptWhole(draft.rollback()) ? "" : " rollbackSplitStatements:false").append('\n');
            if (!document.message().isBlank()) {
                text.append("--comment: ").append(document.message()).append('\n');
            }
            for (ScriptStatement statement : draft.statements()) {
                text.append(comment(statement.cause()));
                if (statement.destructive()) {
                    text.append(comment("DESTRUCTIVE: may lose data"));
                }
                text.append(statement.sql()).append(";\n");
            }
            for (ScriptStatement statement : draft.rollback()) {
                List<String> lines = List.of(statement.sql().split("\\R", -1));
                for (int line = 0; line < lines.size(); line++) {
                    text.append("--rollback ").append(lines.get(line))
                            .append(line == lines.size() - 1 ? ";" : "").append('\n');
                }
            }
        }
        return text.toString();
    }

    /**
     * Whether Liquibase's splitter, which knows quotes and comments but not PostgreSQL's dollar quotes, keeps each
     * statement whole. When it would cut one apart ({@code DO $retort$ ... $retort$}), the changeset is sent
     * unsplit, and PostgreSQL's JDBC driver, which knows dollar quotes, runs its statements one after the other.
     */
    private static boolean keptWhole(List<ScriptStatement> statements) {
        return statements.stream().allMatch(statement ->
                StringUtil.processMultiLineSQL(statement.sql() + ";", true, true, null).length == 1);
    }

    /** {@code <id>}, then {@code <id>-2}, {@code <id>-3}: one revision's changesets. */
    private static List<String> changeSetIds(String id, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(i == 1 ? id : id + "-" + i);
        }
        return ids;
    }

    /**
     * A comment line Liquibase never reads as one of its own ({@code --comment:}, {@code --rollback},
     * {@code --changeset}...): the text follows {@code "-- * "}.
     */
    private static String comment(String line) {
        return "-- * " + line + "\n";
    }
}
