package dev.retort.workflow;

import dev.retort.config.HistorySettings;
import dev.retort.config.RetortConfig;
import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.dialect.postgresql.NormalizationException;
import dev.retort.dialect.postgresql.PostgresNormalizer;
import dev.retort.flyway.FlywayMigrateException;
import dev.retort.reflect.PostgresReflector;
import dev.retort.reflect.ReflectionException;
import dev.retort.reflect.ReflectionScope;
import dev.retort.schema.MadeUpNames;
import dev.retort.schema.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema the revision history produces: the revisions applied to the database replayed ({@code upgrade heads},
 * the same code as a real upgrade) into a scratch database — the embedded PostgreSQL, or a database created for it
 * on the server {@code history.database} names — and read back with the database's reflector. The scratch database
 * stays open until {@link #close()}, so that the entities can be normalized on the same server.
 */
final class ReplayedHistory implements AutoCloseable {

    private final AutoCloseable scratch;
    private final Connection connection;
    private final SchemaModel model;

    private ReplayedHistory(AutoCloseable scratch, Connection connection, SchemaModel model) {
        this.scratch = scratch;
        this.connection = connection;
        this.model = model;
    }

    /** Replays the history where the project says; nothing is left behind when it fails. */
    static ReplayedHistory replay(Project project, StepListener steps) throws HistoryUnavailableException {
        StepListener historySteps = steps.prefixed("history-");
        HistorySettings where = project.config().history();
        AutoCloseable scratch = null;
        Connection connection = null;
        try {
            DatabaseSettings settings;
            if (where.mode() == HistorySettings.Mode.SERVER) {
                historySteps.started("create");
                long created = System.nanoTime();
                ScratchDatabase database = ScratchDatabase.create(new DatabaseSettings(where.url(),
                        project.config().database().user(), project.config().database().password()),
                        ScratchDatabase.databaseOf(project.config().database().url()));
                historySteps.finished("create", (System.nanoTime() - created) / 1_000_000);
                scratch = database;
                settings = database.settings();
                historySteps.started("replay");
                long replayed = System.nanoTime();
                HistoryReplay.into(project, settings);
                historySteps.finished("replay", (System.nanoTime() - replayed) / 1_000_000);
            } else {
                EmbeddedDatabase embedded = new EmbeddedDatabase(project, historySteps);
                scratch = embedded;
                try {
                    settings = embedded.settings();
                } catch (DatabaseException e) {
                    throw new HistoryUnavailableException(e.getMessage(), e); // it names the embedded server
                }
            }
            connection = new Database(settings).connect();
            Connection open = connection;
            SchemaModel model = historySteps.time("reflect", () -> read(project.config(), open));
            return new ReplayedHistory(scratch, connection, model);
        } catch (SQLException | DatabaseException | ReflectionException | DivergedException
                 | ChangedRevisionException | MigrationFailedException | FlywayMigrateException | RuntimeException e) {
            QuietClose.close(connection);
            QuietClose.close(scratch);
            throw new HistoryUnavailableException("the revision history does not replay into " + describe(where)
                    + ": " + firstLine(e), e);
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }

    private static String describe(HistorySettings where) {
        return where.mode() == HistorySettings.Mode.SERVER ? "a scratch database on " + where
                : "the embedded PostgreSQL";
    }

    /** Every schema of the scratch database that is its own (or the configured ones), the version table left out. */
    private static SchemaModel read(RetortConfig config, Connection connection) throws ReflectionException {
        PostgresReflector reflector = new PostgresReflector();
        Set<String> schemas = new TreeSet<>(config.schemas().isEmpty() ? reflector.userSchemas(connection)
                : config.schemas());
        schemas.add(config.defaultSchema());
        return reflector.reflect(connection, new ReflectionScope(new ArrayList<>(schemas),
                Set.of(config.versionTable())));
    }

    SchemaModel model() {
        return model;
    }

    /** The scratch server's major version (PostgreSQL prints some definitions differently from one to the next). */
    int majorVersion() throws SQLException {
        return connection.getMetaData().getDatabaseMajorVersion();
    }

    /** The entities normalized on the history's server, and the history's check texts at their printing fixed point. */
    PostgresNormalizer.Normalized normalize(SchemaModel rawEntities, MadeUpNames madeUp, String defaultSchema)
            throws NormalizationException {
        return new PostgresNormalizer().normalize(connection, model, rawEntities, madeUp, defaultSchema);
    }

    private boolean closed;

    /** Closes the connection and removes the scratch database; again, it does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            QuietClose.close(connection);
            QuietClose.close(scratch);
        }
    }
}
