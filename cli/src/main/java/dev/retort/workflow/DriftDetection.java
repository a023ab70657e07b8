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

/**
 * The heart of {@code check} and {@code revision --autogenerate}: scan the entities, read the database,
 * put the entities' schema in the database's canonical form, compare.
 */
final class DriftDetection {

    private DriftDetection() {
    }

    static Drift detect(RetortConfig config, Connection connection, StepListener steps)
            throws EntityScanException, ReflectionException, NormalizationException {
        ScanResult scan = steps.time("scan-entities", () -> new EntityScanner().scan(source(config),
                config.hibernateSettings()));
        PostgresReflector reflector = new PostgresReflector();
        ReflectionScope scope = new ReflectionScope(schemas(config, scan.target()),
                Set.of(config.versionTable()));
        SchemaModel current = steps.time("reflect-database", () -> reflector.reflect(connection, scope));
        PostgresNormalizer.Normalized normalized = steps.time("normalize", () -> new PostgresNormalizer(
                reflector).normalize(connection, current, scan.target(), config.defaultSchema()));
        Comparison comparison = steps.time("compare",
                () -> SchemaComparator.compare(normalized.current(), normalized.target(), config.policy()));
        return new Drift(comparison, scan.provenance(), scan.warnings());
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
