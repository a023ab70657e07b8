package dev.retort.workflow;

import dev.retort.config.ConfigException;
import dev.retort.config.RetortConfig;
import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.config.ScriptFormat;
import dev.retort.flyway.FlywayDirectory;
import dev.retort.flyway.FlywaySchemaHistory;
import dev.retort.liquibase.LiquibaseChangeLog;
import dev.retort.revisions.AppliedRevision;
import dev.retort.revisions.RevisionDirectory;
import dev.retort.revisions.RevisionGraph;
import dev.retort.revisions.VersionTable;
import dev.retort.revisions.VersionTableName;
import dev.retort.templates.RevisionTemplates;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One retort project: its configuration and the collaborators every workflow builds from it. Without a configured
 * server its database is an embedded PostgreSQL, started on first use and stopped by {@link #close()}.
 */
public final class Project implements AutoCloseable {

    private RetortConfig config;
    private final StepListener steps;
    private EmbeddedDatabase embedded;

    public Project(RetortConfig config) {
        this(config, StepListener.SILENT);
    }

    /** @param steps hears how long starting the embedded server and replaying the history took */
    public Project(RetortConfig config, StepListener steps) {
        this.config = config;
        this.steps = steps;
    }

    public synchronized RetortConfig config() {
        return config;
    }

    /**
     * The configured server; without one, the project's embedded PostgreSQL with the revision history replayed
     * (one per project, shared by every call).
     */
    public synchronized Database database() {
        if (!config.database().isEmbedded()) {
            return new Database(config.database());
        }
        if (embedded == null) {
            embedded = new EmbeddedDatabase(this, steps);
        }
        return new Database(embedded);
    }

    /**
     * Refuses an embedded database for a command that reads or changes a real database's state (upgrade, downgrade,
     * stamp, current, baseline): an embedded server would be gone, with what was done to it, when the command ends.
     *
     * @param whereToSet where database.url would be set, completing "set database.url in ..."
     */
    public void requireServer(String command, String whereToSet) throws ConfigException {
        if (config.database().isEmbedded()) {
            throw new ConfigException(command + " works on a database server, and none is configured: set"
                    + " database.url in " + whereToSet + " or RETORT_DATABASE_URL (check and revision"
                    + " --autogenerate need none: they replay the revisions into an embedded PostgreSQL)");
        }
    }

    /** This project on another database. */
    Project on(DatabaseSettings database) {
        return new Project(config.withDatabase(database), steps);
    }

    /** Stops the embedded server, if this project started one. */
    @Override
    public synchronized void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    public VersionTable versionTable() {
        return new VersionTable(new VersionTableName(config.versionTable().schema(), config.versionTable().name()));
    }

    /** Whether Flyway runs this project's migrations and keeps their record ({@code script.format=flyway}). */
    public boolean runByFlyway() {
        return config().scriptFormat() == ScriptFormat.FLYWAY;
    }

    /** Whether Liquibase runs this project's migrations and keeps their record ({@code script.format=liquibase}). */
    public boolean runByLiquibase() {
        return config().scriptFormat() == ScriptFormat.LIQUIBASE;
    }

    /** The master changelog Liquibase runs ({@code liquibase.change-log} under {@code script.location}). */
    public LiquibaseChangeLog liquibaseChangeLog() {
        return LiquibaseChangeLog.of(config);
    }

    /**
     * The revision files, read now (a file edited since the last call is read again): retort's, the Flyway
     * directory's versions in Flyway's order, or the master changelog's changesets in Liquibase's order.
     */
    public RevisionGraph graph() {
        if (runByLiquibase()) {
            return liquibaseChangeLog().graph();
        }
        return runByFlyway() ? FlywayDirectory.loadGraph(flywayLocations(), config.flyway())
                : RevisionDirectory.loadGraph(config.versionsDirectory());
    }

    /**
     * What the database records as applied, in the order applied: retort's version table, Flyway's history, or
     * Liquibase's DATABASECHANGELOG (without the rows of changesets that Liquibase does not run with this project's
     * contexts and labels).
     */
    public List<AppliedRevision> appliedRevisions(Connection connection) throws SQLException {
        decideFromDatabase(connection);
        RetortConfig config = config();
        if (runByLiquibase()) {
            return LiquibaseState.rows(this, connection);
        }
        if (!runByFlyway()) {
            return versionTable().read(connection);
        }
        List<String> versions = graph().revisions().stream().map(dev.retort.revisions.Revision::id).toList();
        return FlywaySchemaHistory.read(connection, config.flyway(), versions);
    }

    /**
     * A project that said nothing of its script format is Flyway's when the database it connects to anyway holds
     * Flyway's history table. Its revision graph is empty either way (it has neither retort's files nor Flyway's),
     * so what was read before this is still right.
     */
    private synchronized void decideFromDatabase(Connection connection) throws SQLException {
        if (!config.flyway().lookInDatabase()) {
            return;
        }
        boolean flyway = FlywaySchemaHistory.exists(connection, config.flyway());
        config = flyway ? config.flywayFromDatabase()
                : config.withFlyway(config.flyway().lookingInDatabase(false));
    }

    /**
     * Every directory Flyway reads for this project: the script location, then the other configured locations that
     * are directories of the project ({@code filesystem:}, or {@code classpath:} under {@code src/main/resources}).
     */
    public List<Path> flywayLocations() {
        java.util.LinkedHashSet<Path> locations = new java.util.LinkedHashSet<>();
        locations.add(config.versionsDirectory().toAbsolutePath().normalize());
        for (String location : config.flyway().locations()) {
            Path directory = dev.retort.config.FlywaySettings.directoryOf(location, config.projectDirectory());
            if (java.nio.file.Files.isDirectory(directory)) {
                locations.add(directory.toAbsolutePath().normalize());
            }
        }
        return List.copyOf(locations);
    }

    public RevisionTemplates templates() {
        return RevisionTemplates.forProject(config.scriptLocation());
    }
}
