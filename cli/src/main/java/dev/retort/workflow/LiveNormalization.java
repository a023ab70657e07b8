package dev.retort.workflow;

import dev.retort.config.HistorySettings;
import dev.retort.config.NormalizeSettings;
import dev.retort.config.RetortConfig;
import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.dialect.postgresql.NormalizationException;
import dev.retort.dialect.postgresql.PostgresNormalizer;
import dev.retort.dialect.postgresql.ScratchCopy;
import dev.retort.dialect.postgresql.ScratchProbe;
import dev.retort.embedded.EmbeddedPostgres;
import dev.retort.embedded.EmbeddedPostgresException;
import dev.retort.embedded.EmbeddedSettings;
import dev.retort.scanner.ScanResult;
import dev.retort.schema.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The entities put in the live database's canonical form, where {@code normalize.database} says: in a rolled-back
 * scratch schema of the database itself when it allows one (and is not told otherwise), else in a scratch database
 * that gets the database's schemas, extensions, enum and domain types and sequences ({@link ScratchCopy}) — on the
 * server {@code history.database} or {@code normalize.database} names, or in an embedded PostgreSQL of the database's
 * major version. Either way the database is only read, and the comparison sees the same canonical forms: what
 * PostgreSQL of that major prints for the same definitions in the presence of the same types.
 */
final class LiveNormalization {

    private LiveNormalization() {
    }

    static PostgresNormalizer.Normalized normalize(RetortConfig config, Connection connection, SchemaModel current,
                                                   ScanResult scan, StepListener steps)
            throws NormalizationException {
        NormalizeSettings where = config.normalize();
        Optional<String> refusal = probe(connection, scan);
        if (where.mode() == NormalizeSettings.Mode.TARGET
                || where.mode() == NormalizeSettings.Mode.AUTO && refusal.isEmpty()) {
            return onTheDatabase(connection, current, scan, config, refusal, steps);
        }
        String reason = refusal.map(r -> "because " + r).orElse("as " + NormalizeSettings.KEY + " says");
        try (ScratchSite site = steps.time("normalize-start", () -> ScratchSite.open(config, connection, reason))) {
            ScratchCopy copy = steps.time("normalize-copy", () -> ScratchCopy.copy(connection, current,
                    site.connection()));
            try {
                return steps.time("normalize", () -> new PostgresNormalizer().normalize(site.connection(), current,
                        scan.target(), scan.madeUpNames(), config.defaultSchema()));
            } catch (NormalizationException e) {
                throw new NormalizationException("cannot normalize the entities in " + site.description() + " ("
                        + reason + "), which has the database's schemas, extensions, enum and domain types and"
                        + " sequences but not its own functions, operators or collations"
                        + (copy.notCopied().isEmpty() ? "" : ", nor " + String.join(", ", copy.notCopied())) + ": "
                        + e.getMessage() + "; run it as a user with CREATE on a writable database that has them", e);
            }
        } catch (SQLException e) {
            throw new NormalizationException("cannot copy the database's types into the scratch database: "
                    + Database.firstLine(e), e);
        }
    }

    private static Optional<String> probe(Connection connection, ScanResult scan) throws NormalizationException {
        try {
            return ScratchProbe.refusal(connection, scan.target());
        } catch (SQLException e) {
            throw new NormalizationException("cannot ask the database whether it allows a scratch schema: "
                    + Database.firstLine(e), e);
        }
    }

    private static PostgresNormalizer.Normalized onTheDatabase(Connection connection, SchemaModel current,
                                                               ScanResult scan, RetortConfig config,
                                                               Optional<String> refusal, StepListener steps)
            throws NormalizationException {
        try {
            return steps.time("normalize", () -> new PostgresNormalizer().normalize(connection, current,
                    scan.target(), scan.madeUpNames(), config.defaultSchema()));
        } catch (NormalizationException e) {
            if (refusal.isEmpty()) {
                throw e;
            }
            throw new NormalizationException(e.getMessage() + "; " + NormalizeSettings.KEY + "=target, but "
                    + refusal.get() + ": unset " + NormalizeSettings.KEY + " to normalize without writing to the"
                    + " database", e);
        }
    }

    /** A scratch database other than the live one, open, and what closes it. */
    private record ScratchSite(Connection connection, AutoCloseable owner, String description)
            implements AutoCloseable {

        static ScratchSite open(RetortConfig config, Connection live, String reason) throws NormalizationException {
            int major;
            String database;
            try {
                major = live.getMetaData().getDatabaseMajorVersion();
                database = live.getCatalog();
            } catch (SQLException e) {
                throw new NormalizationException("cannot read the database's version: " + Database.firstLine(e), e);
            }
            NormalizeSettings normalize = config.normalize();
            if (normalize.mode() == NormalizeSettings.Mode.SERVER) {
                return onServer(config, normalize.url(), NormalizeSettings.KEY, database, major);
            }
            if (normalize.mode() == NormalizeSettings.Mode.AUTO
                    && config.history().mode() == HistorySettings.Mode.SERVER) {
                return onServer(config, config.history().url(), "history.database", database, major);
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
                closeQuietly(connection);
                closeQuietly(scratch);
                if (e instanceof NormalizationException refused) {
                    throw refused;
                }
                String message = e instanceof SQLException sql ? Database.firstLine(sql) : e.getMessage();
                throw new NormalizationException("cannot create a scratch database to normalize the entities on "
                        + key + "'s server: " + message, e);
            }
        }

        private static ScratchSite embedded(EmbeddedSettings configured, int major, String reason)
                throws NormalizationException {
            EmbeddedPostgres server;
            try {
                server = EmbeddedPostgres.start(sameMajor(configured, major));
            } catch (EmbeddedPostgresException e) {
                throw new NormalizationException("cannot normalize the entities without writing to the database ("
                        + reason + "): the embedded PostgreSQL " + major + " does not start: " + e.getMessage()
                        + "; or set " + NormalizeSettings.KEY + " to a jdbc:postgresql:// URL of a PostgreSQL " + major
                        + " server where retort may create a scratch database", e);
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
            closeQuietly(connection);
            closeQuietly(owner);
        }

        private static void closeQuietly(AutoCloseable closeable) {
            if (closeable == null) {
                return;
            }
            try {
                closeable.close();
            } catch (Exception ignored) {
                // A scratch database left behind is named retort_normalize_*; an embedded server dies with us.
            }
        }
    }
}
