package dev.retort.workflow;

import dev.retort.compare.Comparison;
import dev.retort.compare.SchemaComparator;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.postgresql.NormalizationException;
import dev.retort.dialect.postgresql.PostgresNormalizer;
import dev.retort.dialect.postgresql.PostgresTypeWidening;
import dev.retort.dialect.postgresql.TruncatedNames;
import dev.retort.reflect.PostgresReflector;
import dev.retort.reflect.ReflectionException;
import dev.retort.reflect.ReflectionScope;
import dev.retort.scanner.EntityScanException;
import dev.retort.scanner.EntityScanner;
import dev.retort.scanner.EntitySource;
import dev.retort.scanner.ScanResult;
import dev.retort.schema.SchemaModel;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The heart of {@code check} and {@code revision --autogenerate}: scan the entities, read the database,
 * put the entities' schema in the database's canonical form, compare.
 */
final class DriftDetection {

    private DriftDetection() {
    }

    /**
     * Hibernate's boot and the database read do not depend on each other, so the entities are scanned on
     * another thread while this one reads the database (two cores: the slower of the two sets the pace).
     */
    static Drift detect(RetortConfig config, Connection connection, StepListener steps)
            throws EntityScanException, ReflectionException, NormalizationException {
        return detect(config, connection, startScan(config, steps), steps);
    }

    /**
     * Starts scanning the entities on another thread. Started before the database is reached, the scan also
     * overlaps starting an embedded server and replaying the revision history into it.
     */
    static CompletableFuture<ScanResult> startScan(RetortConfig config, StepListener steps) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return steps.time("scan-entities", () -> new EntityScanner().scan(source(config),
                        config.hibernateSettings()));
            } catch (EntityScanException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** As {@link #detect(RetortConfig, Connection, StepListener)}, with the scan already under way. */
    static Drift detect(RetortConfig config, Connection connection, CompletableFuture<ScanResult> scanning,
                        StepListener steps) throws EntityScanException, ReflectionException, NormalizationException {
        PostgresReflector reflector = new PostgresReflector();
        List<String> read = schemasToRead(config, reflector, connection);
        SchemaModel database = steps.time("reflect-database", () -> reflector.reflect(connection,
                new ReflectionScope(read, Set.of(config.versionTable()))));
        ScanResult scan = join(scanning);
        // The database holds names cut to 63 bytes: so must the entities' model and the origins keyed by its names.
        TruncatedNames.Truncated entities = TruncatedNames.apply(scan.target(), scan.provenance());
        List<String> unread = entitySchemas(entities.model()).stream().filter(s -> !read.contains(s)).toList();
        SchemaModel current = unread.isEmpty() ? database : merge(database, steps.time("reflect-database",
                () -> reflector.reflect(connection, new ReflectionScope(unread, Set.of(config.versionTable())))));
        PostgresNormalizer.Normalized normalized = steps.time("normalize",
                () -> new PostgresNormalizer().normalize(connection, current, entities.model(),
                        config.defaultSchema()));
        Comparison comparison = steps.time("compare",
                () -> SchemaComparator.compare(normalized.current(), normalized.target(), config.policy(),
                        PostgresTypeWidening.INSTANCE));
        return new Drift(comparison, entities.provenance(), scan.warnings());
    }

    private static ScanResult join(CompletableFuture<ScanResult> scanning) throws EntityScanException {
        try {
            return scanning.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof EntityScanException scanFailure) {
                throw scanFailure;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /**
     * The configured schemas, else every schema of the database that is its own (not PostgreSQL's, not an
     * extension's): a schema the entities stopped naming is still read, so its objects are reported, not forgotten.
     * With {@code database.schemas} set, only those (and, after the scan, the entities' own).
     */
    private static List<String> schemasToRead(RetortConfig config, PostgresReflector reflector, Connection connection)
            throws ReflectionException {
        Set<String> schemas = new TreeSet<>(config.schemas().isEmpty() ? reflector.userSchemas(connection)
                : config.schemas());
        schemas.add(config.defaultSchema());
        return List.copyOf(schemas);
    }

    static EntitySource source(RetortConfig config) {
        RetortConfig.EntitySettings entities = config.entities();
        return new EntitySource(entities.classpath(), entities.packages(), entities.persistenceXml(),
                entities.persistenceUnit());
    }

    /** Where the entities' objects are, or would be. */
    private static Set<String> entitySchemas(SchemaModel target) {
        Set<String> schemas = new TreeSet<>(target.schemas());
        target.tables().stream().map(t -> t.name().schema()).forEach(schemas::add);
        return schemas;
    }

    /** Two reads of disjoint schemas as one model. */
    private static SchemaModel merge(SchemaModel first, SchemaModel second) {
        return new SchemaModel(concat(first.schemas(), second.schemas()), concat(first.tables(), second.tables()),
                concat(first.sequences(), second.sequences()), concat(first.views(), second.views()),
                concat(first.enumTypes(), second.enumTypes()), concat(first.unsupported(), second.unsupported()));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
