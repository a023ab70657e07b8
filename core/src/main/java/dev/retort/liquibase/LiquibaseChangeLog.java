package dev.retort.liquibase;

import dev.retort.config.RetortConfig;
import dev.retort.revisions.Checksum;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFileException;
import dev.retort.revisions.RevisionGraph;
import dev.retort.revisions.Script;
import dev.retort.revisions.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import liquibase.Scope;

/**
 * A Liquibase master changelog read as retort's revision graph: one revision per changeset, in the order Liquibase's
 * own parser gives them (includes, {@code includeAll}, XML, YAML and formatted SQL alike), each the child of the one
 * before. A revision's id is the changeset's identity as {@code DATABASECHANGELOG} records it,
 * {@code <file>::<id>::<author>}; its upgrade and downgrade are the changeset's SQL and rollback SQL (changes of other
 * kinds, such as XML's {@code createTable}, are Liquibase's to render and are not listed as statements).
 *
 * @param searchPath the directory changelog paths are relative to (retort's {@code script.location})
 * @param master     the master changelog's path under it, as the application names it to Liquibase
 */
public record LiquibaseChangeLog(Path searchPath, String master) {

    public static LiquibaseChangeLog of(RetortConfig config) {
        return new LiquibaseChangeLog(config.scriptLocation(), config.liquibaseChangeLog());
    }

    public Path masterFile() {
        return searchPath.resolve(master).normalize();
    }

    /** How {@code DATABASECHANGELOG} identifies a changeset, and so the id of its revision. */
    public static String key(String file, String id, String author) {
        return file + "::" + id + "::" + author;
    }

    public static String key(ChangeSet changeSet) {
        return key(changeSet.getStoredFilePath(), changeSet.getId(), changeSet.getAuthor());
    }

    /** The changesets in Liquibase's order; none while the master changelog does not exist. */
    public List<ChangeSet> changeSets() {
        if (!Files.isRegularFile(masterFile())) {
            return List.of();
        }
        try {
            return LiquibaseScope.run(searchPath, () -> {
                ResourceAccessor resources = Scope.getCurrentScope().getResourceAccessor();
                DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance().getParser(master, resources)
                        .parse(master, new ChangeLogParameters(), resources);
                return List.copyOf(changeLog.getChangeSets());
            });
        } catch (LiquibaseException e) {
            throw new RevisionFileException(masterFile(), "Liquibase cannot read it: " + firstLine(e), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RevisionFileException(masterFile(), "Liquibase cannot read it: " + firstLine(e), e);
        }
    }

    /** The changesets as revisions in a line, in Liquibase's order. */
    public RevisionGraph graph() {
        List<Revision> revisions = new ArrayList<>();
        String parent = null;
        for (ChangeSet changeSet : changeSets()) {
            String id = key(changeSet);
            revisions.add(revision(changeSet, id, parent));
            parent = id;
        }
        return RevisionGraph.of(revisions);
    }

    private Revision revision(ChangeSet changeSet, String id, String parent) {
        Path file = searchPath.resolve(changeSet.getFilePath()).normalize();
        String upgrade = sql(changeSet.getChanges());
        String rollback = sql(changeSet.getRollback().getChanges());
        String message = changeSet.getComments() == null ? "" : changeSet.getComments().strip();
        return new Revision(id, parent == null ? List.of() : List.of(parent), message, modified(file), file,
                Checksum.of(id + "\n" + upgrade + "\n" + rollback),
                script(upgrade, changeSet.isRunInTransaction()), script(rollback, changeSet.isRunInTransaction()));
    }

    private static String sql(List<Change> changes) {
        StringBuilder text = new StringBuilder();
        for (Change change : changes) {
            if (change instanceof AbstractSQLChange && ((AbstractSQLChange) change).getSql() != null) {
                String sql = ((AbstractSQLChange) change).getSql().strip();
                text.append(sql).append(sql.endsWith(";") ? "\n" : ";\n");
            }
        }
        return text.toString();
    }

    /** The SQL split as retort splits it, marked to run outside a transaction where the changeset says so. */
    private static Script script(String sql, boolean transactional) {
        Script parsed;
        try {
            parsed = Script.parse(sql);
        } catch (IllegalArgumentException e) {
            return Script.empty(); // Liquibase's SQL, which Liquibase splits and runs; retort only lists it
        }
        if (transactional) {
            return parsed;
        }
        return new Script(parsed.statements().stream()
                .map(s -> new SqlStatement(s.sql(), s.line(), false, s.destructive())).toList());
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH; // a changelog from a jar or another root: its time is not known
        }
    }

    static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }
}
