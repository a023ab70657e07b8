package dev.retort.workflow;

import dev.retort.config.HistorySettings;
import dev.retort.config.NormalizeSettings;
import dev.retort.config.RetortConfig;
import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.dialect.postgresql.NormalizationException;
import dev.retort.embedded.EmbeddedPostgres;
import dev.retort.embedded.EmbeddedPostgresException;
import dev.retort.embedded.EmbeddedSettings;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A scratch database other than the live one, open, and what removes it on {@link #close()}: a database created on
 * a server a setting names, or an embedded PostgreSQL of the live database's major version.
 */
record ScratchSite(Connection connection, AutoCloseable owner, String description) implements AutoCloseable {

    /**
     * Opens the scratch database {@code normalize.database} (or, unset, {@code history.database}) names.
     *
     * @param major  the live database's major version, which the scratch server must run
     * @param of     the live database's name, part of a scratch database's name
     * @param reason why not the live database, for messages
     */
    static ScratchSite open(RetortConfig config, int major, String of, String reason) throws NormalizationException {
        NormalizeSettings normalize = config.normalize();
        if (normalize.mode() == NormalizeSettings.Mode.SERVER) {
            return onServer(config, normalize.url(), NormalizeSettings.KEY, of, major);
        }
        if (normalize.mode() == NormalizeSettings.Mode.AUTO
                && config.history().mode() == HistorySettings.Mode.SERVER) {
            return onServer(config, config.history().url(), "history.database", of, major);
        }
        return embedded(config.embedded(), major, reason);
    }

    private static ScratchSite onServer(RetortConfig config, String url, String key, String of, int major)
            throws NormalizationException {
        ScratchDatabase scratch = null;
        Connection connection = null;
        try {
            scratch = ScratchDatabase.create(new DatabaseSettings(url, config.database().user(),
                    config.database().password()), "normalize", of);
            connection = new Database(scratch.settings()).connect();
            int scratchMajor = connection.getMetaData().getDatabaseMajorVersion();
            if (scratchMajor != major) {
                throw new NormalizationException(key + " names a PostgreSQL " + scratchMajor + " server and the"
                        + " database runs PostgreSQL " + major + ", which prints some definitions differently: name"
                        + " a server of PostgreSQL " + major);
            }
            return new ScratchSite(connection, scratch, "a scratch database on " + key + "'s server");
        } catch (SQLException | DatabaseException | NormalizationException e) {
            QuietClose.close(connection);
            QuietClose.close(scratch);
            if (e instanceof NormalizationException refused) {
                throw refused;
            }
            String message = e instanceof SQLException sql ? Database.firstLine(sql) : e.getMessage();
            throw new NormalizationException("cannot create a scratch database to normalize the entities on "
                    + key + "'s server: " + message, e);
        }
    }

    static ScratchSite embedded(EmbeddedSettings configured, int major, String reason)
            throws NormalizationException {
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.start(sameMajor(configured, major));
        } catch (EmbeddedPostgresException e) {
            // Its advice to change embedded.postgres-version does not apply: normalization takes the database's major.
            String why = e.getMessage().replaceFirst(", or set embedded\\.postgres-version to [0-9.]+$", "");
            throw new NormalizationException("cannot normalize the entities without writing to the database ("
                    + reason + "): it needs the embedded PostgreSQL " + major + ", the database's major version: "
                    + why + "; or set " + NormalizeSettings.KEY + " to a jdbc:postgresql:// URL of a PostgreSQL "
                    + major + " server where retort may create a scratch database", e);
        }
        try {
            Connection connection = new Database(new DatabaseSettings(server.jdbcUrl("postgres"), server.user(),
                    "")).connect();
            return new ScratchSite(connection, server, "the embedded PostgreSQL " + server.version());
        } catch (DatabaseException e) {
            server.close();
            throw new NormalizationException(e.getMessage(), e);
        }
    }

    /** The configured binaries when they are of the database's major, else that major's. */
    static EmbeddedSettings sameMajor(EmbeddedSettings configured, int major) {
        String version = configured.postgresVersion();
        boolean same = version.equals(String.valueOf(major)) || version.startsWith(major + ".");
        return same ? configured : new EmbeddedSettings(String.valueOf(major), configured.cacheDirectory());
    }

    @Override
    public void close() {
        QuietClose.close(connection);
        QuietClose.close(owner);
    }
}
