package dev.retort.liquibase;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFileException;
import dev.retort.revisions.RevisionWriter;
import dev.retort.revisions.Script;
import dev.retort.revisions.SqlStatement;
import dev.retort.templates.ChangeSetData;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.RevisionTemplates;
import dev.retort.templates.ScriptStatement;
import dev.retort.templates.TemplateRenderException;
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
 * Writes a revision as a Liquibase formatted SQL changelog, {@code <id>_<slug>.sql} beside the master changelog,
 * rendered by the project's {@value RevisionTemplates#LIQUIBASE_TEMPLATE_FILE} (or the built-in one), and
 * includes it from the master ({@link MasterChangeLog}) unless Liquibase already finds it included.
 * Each {@link ChangeSetDraft} becomes one {@code --changeset retort:<id>} with its statements and, as
 * {@code --rollback} lines, the statements that revert it; a draft that must run outside a transaction says
 * {@code runInTransaction:false}. The id is the creation time, {@code yyyyMMddHHmmss} in UTC, so that file names sort
 * in the order they were written. Liquibase's own parser reads both files back before retort reports success; if
 * either says otherwise, the new file is removed and the master restored. Liquibase reads no changeset without SQL,
 * so an empty revision is refused.
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
    private final RevisionTemplates templates;

    /** @param templates {@value RevisionTemplates#LIQUIBASE_TEMPLATE_FILE}: the project's copy, or the built-in one */
    public LiquibaseChangeLogWriter(LiquibaseChangeLog changeLog, RevisionTemplates templates) {
        this.changeLog = changeLog;
        this.templates = templates;
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
    public Revision write(RevisionDocument document) throws IOException, TemplateRenderException {
        return write(document, List.of(new ChangeSetDraft(true, document.upgrade(), document.downgrade())));
    }

    /**
     * @param document its id ({@link #nextId}), message, time and findings; its statements are the drafts'
     * @return the revision of the first new changeset, as the master changelog now reads it
     */
    public Revision write(RevisionDocument document, List<ChangeSetDraft> drafts)
            throws IOException, TemplateRenderException {
        MasterChangeLog master = new MasterChangeLog(changeLog.masterFile());
        master.requireAppendable();
        if (drafts.isEmpty() || drafts.stream().anyMatch(draft -> draft.statements().isEmpty())) {
            throw new RevisionFileException(changeLog.masterFile(), "not written: Liquibase reads no changeset"
                    + " without SQL, so retort writes no empty revision for it: write your changeset in a changelog"
                    + " of your own and include it from this master", null);
        }
        String fileName = RevisionWriter.fileName(document.revisionId(), document.message());
        Path file = directory().resolve(fileName);
        Files.createDirectories(directory());
        String text = templates.renderChangeLog(document, AUTHOR, changeSets(document.revisionId(), drafts));
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
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
    private void requireStatements(Path file, ChangeSet changeSet, String what, List<ScriptStatement> expected,
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

    private RevisionFileException notReadBack(Path file, String problem) {
        return new RevisionFileException(file, "not written: the template " + templates.source() + " renders a"
                + " changelog that Liquibase reads otherwise: " + problem, null);
    }

    /** The drafts as the template receives them: ids, and how Liquibase must run each. */
    private static List<ChangeSetData> changeSets(String id, List<ChangeSetDraft> drafts) {
        List<ChangeSetData> changeSets = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ChangeSetDraft draft = drafts.get(i);
            changeSets.add(new ChangeSetData(i == 0 ? id : id + "-" + (i + 1), draft.runInTransaction(),
                    keptWhole(draft.statements()), keptWhole(draft.rollback()), draft.statements(),
                    draft.rollback()));
        }
        return changeSets;
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
}
