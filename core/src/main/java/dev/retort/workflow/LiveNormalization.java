package dev.retort.workflow;

import dev.retort.config.NormalizeSettings;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.postgresql.NormalizationException;
import dev.retort.dialect.postgresql.PostgresNormalizer;
import dev.retort.dialect.postgresql.ScratchCopy;
import dev.retort.dialect.postgresql.ScratchProbe;
import dev.retort.scanner.ScanResult;
import dev.retort.schema.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The entities put in the live database's canonical form, where {@code normalize.database} says: in a rolled-back
 * scratch schema of the database itself when it allows one (and is not told otherwise), else in a scratch database
 * ({@link ScratchSite}) that first gets the database's schemas, extensions, enum and domain types and sequences
 * ({@link ScratchCopy}). Either way the live database is only read, and the comparison sees the same canonical forms:
 * what PostgreSQL of that major prints for the same definitions in the presence of the same types.
 *
 * <p>Made before the database is read: when the database itself says no (read-only, no CREATE), the scratch database
 * starts on another thread while the database is read and the entities are scanned. {@link #close()} removes it
 * if {@link #normalize} never ran.
 */
final class LiveNormalization implements AutoCloseable {

    private final RetortConfig config;
    private final Connection connection;
    private final StepListener steps;
    private final Optional<String> refusal;
    private CompletableFuture<ScratchSite> starting;

    private LiveNormalization(RetortConfig config, Connection connection, StepListener steps,
                              Optional<String> refusal, CompletableFuture<ScratchSite> starting) {
        this.config = config;
        this.connection = connection;
        this.steps = steps;
        this.refusal = refusal;
        this.starting = starting;
    }

    /**
     * Asks the database whether it allows a scratch schema at all (read-only, standby, CREATE on the database) and, if
     * normalization will happen elsewhere, starts the scratch database.
     */
    static LiveNormalization prepare(RetortConfig config, Connection connection, StepListener steps)
            throws NormalizationException {
        NormalizeSettings.Mode mode = config.normalize().mode();
        Optional<String> refusal = mode == NormalizeSettings.Mode.TARGET || mode == NormalizeSettings.Mode.AUTO
                ? probe(connection, SchemaModel.empty()) : Optional.empty();
        boolean elsewhere = mode == NormalizeSettings.Mode.EMBEDDED || mode == NormalizeSettings.Mode.SERVER
                || mode == NormalizeSettings.Mode.AUTO && refusal.isPresent();
        LiveNormalization normalization = new LiveNormalization(config, connection, steps, refusal, null);
        if (elsewhere) {
            normalization.starting = normalization.startSite(reason(refusal));
        }
        return normalization;
    }

    PostgresNormalizer.Normalized normalize(SchemaModel current, ScanResult scan) throws NormalizationException {
        NormalizeSettings.Mode mode = config.normalize().mode();
        // CREATE on the schemas of the entities' enum types and sequences is known only now.
        Optional<String> refused = refusal.isPresent() || mode == NormalizeSettings.Mode.EMBEDDED
                || mode == NormalizeSettings.Mode.SERVER ? refusal : probe(connection, scan.target());
        if (mode == NormalizeSettings.Mode.TARGET || mode == NormalizeSettings.Mode.AUTO && refused.isEmpty()) {
            return onTheDatabase(current, scan, refused);
        }
        String reason = reason(refused);
        CompletableFuture<ScratchSite> started = starting == null ? startSite(reason) : starting;
        starting = null;
        try (ScratchSite site = join(started)) {
            ScratchCopy copy = steps.time("normalize-copy", () -> ScratchCopy.copy(connection, current,
                    site.connection()));
            try {
                return steps.time("normalize", () -> new PostgresNormalizer().normalize(site.connection(), current,
                        scan.target(), scan.madeUpNames(), config.defaultSchema()));
            } catch (NormalizationException e) {
                throw new NormalizationException("cannot normalize the entities in " + site.description() + " ("
                        + reason + "), which has the database's schemas, extensions, enum and domain types,"
                        + " sequences and functions but not its own operators, collations or composite types"
                        + (copy.notCopied().isEmpty() ? "" : ", nor " + String.join(", ", copy.notCopied())) + ": "
                        + e.getMessage() + "; run it as a user with CREATE on a writable database that has them", e);
            }
        } catch (SQLException e) {
            throw new NormalizationException("cannot copy the database's types into the scratch database: "
                    + Database.firstLine(e), e);
        }
    }

    /** Removes a scratch database that was started and never used. */
    @Override
    public void close() {
        if (starting != null) {
            starting.whenComplete((site, failure) -> {
                if (site != null) {
                    site.close();
                }
            });
            starting = null;
        }
    }

    private static String reason(Optional<String> refusal) {
        return refusal.map(r -> "because " + r).orElse("as " + NormalizeSettings.KEY + " says");
    }

    private CompletableFuture<ScratchSite> startSite(String reason) throws NormalizationException {
        int major;
        String database;
        try {
            major = connection.getMetaData().getDatabaseMajorVersion();
            database = connection.getCatalog();
        } catch (SQLException e) {
            throw new NormalizationException("cannot read the database's version: " + Database.firstLine(e), e);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return steps.time("normalize-start", () -> ScratchSite.open(config, major, database, reason));
            } catch (NormalizationException e) {
                throw new CompletionException(e);
            }
        });
    }

    private static ScratchSite join(CompletableFuture<ScratchSite> started) throws NormalizationException {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof NormalizationException failure) {
                throw failure;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static Optional<String> probe(Connection connection, SchemaModel rawTarget)
            throws NormalizationException {
        try {
            return ScratchProbe.refusal(connection, rawTarget);
        } catch (SQLException e) {
            throw new NormalizationException("cannot ask the database whether it allows a scratch schema: "
                    + Database.firstLine(e), e);
        }
    }

    private PostgresNormalizer.Normalized onTheDatabase(SchemaModel current, ScanResult scan,
                                                        Optional<String> refused) throws NormalizationException {
        try {
            return steps.time("normalize", () -> new PostgresNormalizer().normalize(connection, current,
                    scan.target(), scan.madeUpNames(), config.defaultSchema()));
        } catch (NormalizationException e) {
            if (refused.isEmpty()) {
                throw e;
            }
            throw new NormalizationException(e.getMessage() + "; " + NormalizeSettings.KEY + "=target, but "
                    + refused.get() + ": unset " + NormalizeSettings.KEY + " to normalize without writing to the"
                    + " database", e);
        }
    }
}
