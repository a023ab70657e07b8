package dev.retort.liquibase;

import dev.retort.config.LiquibaseFilter;
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
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.core.PostgresDatabase;

/**
 * A Liquibase master changelog read as retort's revision graph: one revision per changeset that Liquibase runs on
 * PostgreSQL with the application's contexts and labels ({@link LiquibaseFilter}), in the order Liquibase's own parser
 * gives them (includes, {@code includeAll}, XML, YAML and formatted SQL alike), each the child of the one before. The
 * changesets the filter leaves out (a {@code test} context's table, a {@code faker} context's data) are not in the
 * line: Liquibase never runs them here, so they are neither applied nor missing. A revision's id is the changeset's
 * identity as {@code DATABASECHANGELOG} records it,
 * {@code <file>::<id>::<author>}; its upgrade and downgrade are the changeset's SQL and rollback SQL as Liquibase runs
 * them on PostgreSQL ({@link ChangeSetSql}: XML's {@code createTable} as the SQL Liquibase renders for it).
 *
 * @param searchPath the directory changelog paths are relative to (retort's {@code script.location})
 * @param master     the master changelog's path under it, as the application names it to Liquibase
 * @param filter     the contexts and labels Liquibase runs with
 */
public record LiquibaseChangeLog(Path searchPath, String master, LiquibaseFilter filter) {

    public LiquibaseChangeLog(Path searchPath, String master) {
        this(searchPath, master, LiquibaseFilter.NONE);
    }

    public static LiquibaseChangeLog of(RetortConfig config) {
        return new LiquibaseChangeLog(config.scriptLocation(), config.liquibaseChangeLog(), config.liquibaseFilter());
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

    /**
     * Every changeset in Liquibase's order, whatever its context, labels or dbms; none while the master changelog
     * does not exist. Changelog properties are those Liquibase sets for PostgreSQL and these contexts.
     */
    public List<ChangeSet> changeSets() {
        if (!Files.isRegularFile(masterFile())) {
            return List.of();
        }
        try {
            return LiquibaseScope.run(searchPath, () -> {
                ResourceAccessor resources = Scope.getCurrentScope().getResourceAccessor();
                ChangeLogParameters parameters = new ChangeLogParameters(new PostgresDatabase());
                parameters.setContexts(contexts());
                parameters.setLabels(labels());
                DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance().getParser(master, resources)
                        .parse(master, parameters, resources);
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

    /**
     * The changesets Liquibase runs with these contexts and labels on PostgreSQL, as {@code update} chooses them:
     * Liquibase's own context, label, dbms and {@code ignore} filters.
     */
    public List<ChangeSet> runnable() {
        return changeSets().stream().filter(this::runs).toList();
    }

    /** Whether Liquibase runs this changeset here (whether or not it ran already). */
    public boolean runs(ChangeSet changeSet) {
        List<ChangeSetFilter> filters = List.of(new ContextChangeSetFilter(contexts()),
                new LabelChangeSetFilter(labels()), new DbmsChangeSetFilter(new PostgresDatabase()),
                new IgnoreChangeSetFilter());
        return filters.stream().allMatch(f -> f.accepts(changeSet).isAccepted());
    }

    public Contexts contexts() {
        return new Contexts(filter.contexts());
    }

    public LabelExpression labels() {
        return new LabelExpression(filter.labels());
    }

    /** The changesets Liquibase runs here as revisions in a line, in Liquibase's order. */
    public RevisionGraph graph() {
        List<ChangeSet> changeSets = runnable();
        if (changeSets.isEmpty()) {
            return RevisionGraph.of(List.of()); // no master changelog yet, perhaps not even its directory
        }
        try {
            return LiquibaseScope.run(searchPath, () -> {
                List<Revision> revisions = new ArrayList<>();
                ChangeSetLines lines = new ChangeSetLines();
                String parent = null;
                for (ChangeSet changeSet : changeSets) {
                    String id = key(changeSet);
                    revisions.add(revision(changeSet, id, parent, lines));
                    parent = id;
                }
                return RevisionGraph.of(revisions);
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RevisionFileException(masterFile(), "Liquibase cannot render it: " + firstLine(e), e);
        }
    }

    private Revision revision(ChangeSet changeSet, String id, String parent, ChangeSetLines lines) {
        Path file = searchPath.resolve(changeSet.getFilePath()).normalize();
        String upgrade = ChangeSetSql.upgrade(changeSet);
        String rollback = ChangeSetSql.rollback(changeSet);
        String message = changeSet.getComments() == null ? "" : changeSet.getComments().strip();
        int line = lines.of(file, changeSet);
        return new Revision(id, parent == null ? List.of() : List.of(parent), message, modified(file), file,
                Checksum.of(id + "\n" + upgrade + "\n" + rollback),
                script(upgrade, changeSet.isRunInTransaction(), line),
                script(rollback, changeSet.isRunInTransaction(), line));
    }

    /**
     * The SQL split as retort splits it, marked to run outside a transaction where the changeset says so, each
     * statement at the changeset's line (the SQL may be Liquibase's rendering, which has no line in the file).
     */
    private static Script script(String sql, boolean transactional, int line) {
        Script parsed;
        try {
            parsed = Script.parse(sql);
        } catch (IllegalArgumentException e) {
            return Script.empty(); // Liquibase's SQL, which Liquibase splits and runs; retort only lists it
        }
        return new Script(parsed.statements().stream()
                .map(s -> new SqlStatement(s.sql(), line, transactional && s.transactional(), s.destructive(),
                        s.lintIgnores()))
                .toList());
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
