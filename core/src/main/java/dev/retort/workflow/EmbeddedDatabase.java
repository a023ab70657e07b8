package dev.retort.workflow;

import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.embedded.EmbeddedPostgres;
import dev.retort.embedded.EmbeddedPostgresException;
import dev.retort.flyway.FlywayMigrateException;
import dev.retort.revisions.RevisionException;

/**
 * The database of a project that configures no server: a throwaway embedded PostgreSQL, started on first use,
 * into which the revision history is replayed ({@code upgrade heads}, one transaction per revision, the same code
 * as against a real server). {@link #close()} stops it and removes its files; so does the JVM's exit.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final String INSTEAD = " (or set database.url in retort.properties, or RETORT_DATABASE_URL, to"
            + " work on a PostgreSQL server instead)";

    private final Project project;
    private final StepListener steps;
    private EmbeddedPostgres server;
    private DatabaseSettings settings;

    EmbeddedDatabase(Project project, StepListener steps) {
        this.project = project;
        this.steps = steps;
    }

    /** The running server's settings, starting it and replaying the history the first time. */
    synchronized DatabaseSettings settings() throws DatabaseException {
        if (settings != null) {
            return settings;
        }
        try {
            server = steps.time("embedded-start", () -> EmbeddedPostgres.start(project.config().embedded()));
        } catch (EmbeddedPostgresException e) {
            throw new DatabaseException("cannot start the embedded PostgreSQL: " + e.getMessage() + INSTEAD, e);
        }
        EmbeddedPostgres.Startup startup = server.startup();
        steps.finished("embedded-unpack" + (startup.unpacked() ? "" : " (cached)"), startup.unpackMillis());
        steps.finished("embedded-initdb" + (startup.initialized() ? "" : " (cached)"), startup.initdbMillis());
        steps.finished("embedded-copy", startup.copyMillis());
        steps.finished("embedded-server", startup.serverMillis());
        DatabaseSettings live = new DatabaseSettings(server.jdbcUrl("postgres"), server.user(), "");
        try {
            steps.started("replay");
            long start = System.nanoTime();
            HistoryReplay.into(project, live);
            steps.finished("replay", (System.nanoTime() - start) / 1_000_000);
        } catch (RevisionException | DivergedException | ChangedRevisionException | MigrationFailedException
                 | FlywayMigrateException e) {
            // A fresh server has applied nothing: whatever stops the replay is in the revision files.
            close();
            throw new DatabaseException("the revision history does not replay into the embedded PostgreSQL "
                    + server.version() + ": " + e.getMessage(), e);
        } catch (DatabaseException | RuntimeException e) {
            close();
            throw e;
        }
        settings = live;
        return settings;
    }

    synchronized String describe() {
        return server == null ? "the embedded PostgreSQL"
                : "the embedded PostgreSQL " + server.version() + " at 127.0.0.1:" + server.port();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
        }
    }
}
