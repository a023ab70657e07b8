package dev.retort.workflow;

import dev.retort.compare.Comparison;
import dev.retort.compare.SchemaComparator;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.postgresql.NormalizationException;
import dev.retort.dialect.postgresql.PostgresNormalizer;
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
        // The entities' own schemas are known only after the scan: read the configured default schema and
        // every schema the database has that the scan names; those the scan adds later are read then.
        ReflectionScope scope = new ReflectionScope(List.of(config.defaultSchema()), Set.of(config.versionTable()));
        SchemaModel defaultSchema = steps.time("reflect-database", () -> reflector.reflect(connection, scope));
        ScanResult scan = join(scanning);
        List<String> others = schemas(config, scan.target()).stream()
                .filter(s -> !s.equals(config.defaultSchema())).toList();
        SchemaModel current = others.isEmpty() ? defaultSchema : merge(defaultSchema, steps.time("reflect-database",
                () -> reflector.reflect(connection, new ReflectionScope(others, Set.of(config.versionTable())))));
        PostgresNormalizer.Normalized normalized = steps.time("normalize", () -> new PostgresNormalizer(
                reflector).normalize(connection, current, scan.target(), config.defaultSchema()));
        Comparison comparison = steps.time("compare",
                () -> SchemaComparator.compare(normalized.current(), normalized.target(), config.policy()));
        return new Drift(comparison, scan.provenance(), scan.warnings());
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

    private static SchemaModel merge(SchemaModel first, SchemaModel second) {
        List<String> schemas = new java.util.ArrayList<>(first.schemas());
        schemas.addAll(second.schemas());
        List<dev.retort.schema.Table> tables = new java.util.ArrayList<>(first.tables());
        tables.addAll(second.tables());
        List<dev.retort.schema.Sequence> sequences = new java.util.ArrayList<>(first.sequences());
        sequences.addAll(second.sequences());
        List<dev.retort.schema.View> views = new java.util.ArrayList<>(first.views());
        views.addAll(second.views());
        return new SchemaModel(schemas, tables, sequences, views);
    }

    static EntitySource source(RetortConfig config) {
        RetortConfig.EntitySettings entities = config.entities();
        return new EntitySource(entities.classpath(), entities.packages(), entities.persistenceXml(),
                entities.persistenceUnit());
    }

    /** The entities' schemas and the default schema: where the entities' objects are, or would be. */
    private static List<String> schemas(RetortConfig config, SchemaModel target) {
        Set<String> schemas = new TreeSet<>(target.schemas());
        schemas.add(config.defaultSchema());
        target.tables().stream().map(t -> t.name().schema()).forEach(schemas::add);
        return List.copyOf(schemas);
    }
}
