package dev.retort.workflow;

import dev.retort.config.MigrationSettings;
import dev.retort.revisions.AppliedBy;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import dev.retort.revisions.Script;
import dev.retort.revisions.SqlStatement;
import dev.retort.revisions.VersionTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code upgrade --sql} and {@code downgrade --sql}: the exact SQL an upgrade or downgrade would run between two
 * points of the history, for a DBA to review or run with {@code psql -v ON_ERROR_STOP=1 -f}. Nothing touches a
 * database: the starting point is given, not read. The script takes retort's advisory lock without waiting (and
 * stops when another retort holds it), creates or updates the version table, then runs each revision in its own
 * transaction with its version-table row, exactly as {@link MigrationWorkflow} does; a
 * {@code -- retort:no-transaction} block runs outside any transaction. The output is the same for the same files.
 */
public final class OfflineSqlWorkflow {

    private final Project project;

    public OfflineSqlWorkflow(Project project) {
        this.project = project;
    }

    /**
     * @param from the revisions the database is at (a spec; {@code base} for an empty database)
     * @param to   the target, a spec; relative steps count from {@code from}
     */
    public String upgrade(String from, String to) {
        RevisionGraph graph = project.graph();
        Set<String> applied = graph.withAncestors(graph.resolve(from));
        List<Revision> path = graph.upgradePath(applied, graph.resolve(to, applied));
        return script(true, from, to, path);
    }

    /** @see #upgrade */
    public String downgrade(String from, String to) {
        RevisionGraph graph = project.graph();
        Set<String> applied = graph.withAncestors(graph.resolve(from));
        List<Revision> path = graph.downgradePath(applied, graph.resolve(to, applied));
        return script(false, from, to, path);
    }

    private String script(boolean upgrade, String from, String to, List<Revision> path) {
        RunByAnotherToolException.refuseIfRunByAnotherTool(project, upgrade ? "upgrade --sql" : "downgrade --sql");
        VersionTable versionTable = project.versionTable();
        AppliedBy by = new AppliedBy(null, RetortVersion.get() + " (offline SQL)");
        long key = versionTable.name().lockKey();
        StringBuilder sql = new StringBuilder();
        sql.append("-- retort ").append(upgrade ? "upgrade" : "downgrade").append(" --sql ").append(from).append(':')
                .append(to).append(": ").append(path.size()).append(path.size() == 1 ? " revision" : " revisions")
                .append(", written by retort ").append(RetortVersion.get()).append(".\n")
                .append("-- Review it, then run it with: psql -v ON_ERROR_STOP=1 -f <this file>\n")
                .append("-- Each revision commits on its own; the version table is ").append(versionTable.name())
                .append(".\n\n");
        MigrationSettings settings = project.config().migration();
        setting(sql, "lock_timeout", settings.lockTimeout());
        setting(sql, "statement_timeout", settings.statementTimeout());
        sql.append("-- retort's advisory lock on ").append(versionTable.name())
                .append(", taken without waiting: stop here while another retort migrates\n")
                .append("DO $retort$\nBEGIN\n    IF NOT pg_catalog.pg_try_advisory_lock(").append(key)
                .append(") THEN\n        RAISE EXCEPTION 'another retort process holds the lock on ")
                .append(versionTable.name().toString().replace("'", "''"))
                .append(": run this script again when it is done';\n    END IF;\nEND\n$retort$;\n\n")
                .append("-- the version table\n");
        versionTable.setupSql().forEach(statement -> sql.append(statement).append(";\n\n"));
        for (Revision revision : path) {
            revision(sql, revision, upgrade, versionTable, by);
        }
        sql.append("SELECT pg_catalog.pg_advisory_unlock(").append(key).append(");\n");
        return sql.toString();
    }

    private void revision(StringBuilder sql, Revision revision, boolean upgrade, VersionTable versionTable,
                          AppliedBy by) {
        sql.append("-- ").append(upgrade ? "upgrade " : "downgrade ").append(revision.id()).append(": ")
                .append(revision.message()).append(" (").append(relative(revision.file())).append(")\n");
        Script script = upgrade ? revision.upgrade() : revision.downgrade();
        String record = upgrade ? versionTable.markAppliedSql(revision.id(), revision.checksum(), by)
                : versionTable.markUnappliedSql(revision.id());
        List<Script.Block> blocks = script.blocks();
        boolean recorded = false;
        for (int i = 0; i < blocks.size(); i++) {
            Script.Block block = blocks.get(i);
            if (!block.transactional()) {
                sql.append("-- no-transaction block: each statement runs on its own\n");
                block.statements().forEach(statement -> statement(sql, statement));
                continue;
            }
            sql.append("BEGIN;\n\n");
            block.statements().forEach(statement -> statement(sql, statement));
            if (i == blocks.size() - 1) {
                sql.append(record).append(";\n\n");
                recorded = true;
            }
            sql.append("COMMIT;\n\n");
        }
        if (!recorded) {
            sql.append("BEGIN;\n\n").append(record).append(";\n\nCOMMIT;\n\n");
        }
    }

    private static void statement(StringBuilder sql, SqlStatement statement) {
        sql.append(statement.sql()).append(";\n\n");
    }

    private static void setting(StringBuilder sql, String name, Duration value) {
        if (value != null) {
            sql.append("SET ").append(name).append(" = '").append(value.toMillis()).append("ms';\n\n");
        }
    }

    /** The file as the project directory sees it, so the script does not carry one machine's absolute paths. */
    private String relative(Path file) {
        Path directory = project.config().projectDirectory().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(directory) ? directory.relativize(absolute).toString() : absolute.toString();
    }
}
