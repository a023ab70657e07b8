package dev.retort.workflow;

import dev.retort.compare.AcceptedDifferences;
import dev.retort.compare.Attribution;
import dev.retort.compare.CompareOptions;
import dev.retort.compare.Comparison;
import dev.retort.compare.HistoryComparison;
import dev.retort.compare.RenameHintException;
import dev.retort.compare.RenameHints;
import dev.retort.compare.RenameSuggestions;
import dev.retort.compare.Renames;
import dev.retort.compare.SchemaComparator;
import dev.retort.config.ConfigException;
import dev.retort.config.ConfigLoader;
import dev.retort.config.HistorySettings;
import dev.retort.config.RetortConfig;
import dev.retort.config.ScriptFormat;
import dev.retort.dialect.postgresql.EquivalentTypes;
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
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The heart of {@code check} and {@code revision --autogenerate}: scan the entities, read the database, replay the
 * revision history, put the entities' schema in the database's canonical form, and compare the three.
 */
final class DriftDetection {

    private DriftDetection() {
    }

    /**
     * Starts scanning the entities on another thread. Started before the database is reached, the scan also
     * overlaps starting an embedded server and replaying the revision history into it.
     */
    static CompletableFuture<ScanResult> startScan(RetortConfig config, StepListener steps) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                ScanResult scan = steps.time("scan-entities", () -> new EntityScanner().scan(source(config),
                        config.hibernateSettings()));
                steps.note("entities scanned with " + scan.scannedBy());
                // The database holds names cut to 63 bytes: so must the entities' model and what is keyed by its
                // names (origins, made-up names); two names that become one are an error now.
                TruncatedNames.Truncated cut = TruncatedNames.apply(scan.target(), scan.provenance());
                return new ScanResult(cut.model(), cut.provenance(), scan.entityClasses(), scan.warnings(),
                        TruncatedNames.apply(scan.madeUpNames()), scan.hibernateVersion(), scan.hibernateOrigin());
            } catch (EntityScanException | NormalizationException e) {
                throw new CompletionException(e);
            }
        });
    }

    /**
     * What the comparison can know of the history, given what the version table records; a history to replay starts
     * replaying on another thread now, so that it overlaps the database read and the entity scan.
     */
    static HistoryBasis history(Project project, AppliedState state, StepListener steps) {
        if (project.config().database().isEmbedded()) {
            return new HistoryBasis.DatabaseItself();
        }
        if (state.applied().isEmpty()) {
            return new HistoryBasis.NothingApplied();
        }
        if (project.config().history().mode() == HistorySettings.Mode.OFF) {
            return new HistoryBasis.Off();
        }
        return new HistoryBasis.Replaying(CompletableFuture.supplyAsync(() -> {
            try {
                return ReplayedHistory.replay(project, steps);
            } catch (HistoryUnavailableException e) {
                throw new CompletionException(e);
            }
        }));
    }

    /**
     * Reads the database, waits for the scan (and the history), normalizes and compares, with the configured renames
     * declared; says which renames the comparison may have missed.
     */
    static Drift detect(RetortConfig config, Connection connection, CompletableFuture<ScanResult> scanning,
                        HistoryBasis history, StepListener steps)
            throws EntityScanException, ReflectionException, NormalizationException, ConfigException {
        Drift drift = compare(config, connection, scanning, history, steps);
        return drift.withSuggestions(RenameSuggestions.in(drift.comparison(), PostgresTypeWidening.INSTANCE,
                config.defaultSchema()));
    }

    private static Drift compare(RetortConfig config, Connection connection, CompletableFuture<ScanResult> scanning,
                                 HistoryBasis history, StepListener steps)
            throws EntityScanException, ReflectionException, NormalizationException, ConfigException {
        try {
            ScanResult scan;
            PostgresNormalizer.Normalized live;
            try (LiveNormalization normalization = LiveNormalization.prepare(config, connection, steps)) {
                SchemaModel current = read(config, connection, scanning, steps);
                scan = join(scanning);
                live = normalization.normalize(current, scan);
            }
            AcceptedDifferences accepted = AcceptedDifferencesFile.read(config.acceptedDifferencesFile());
            CompareOptions options = new CompareOptions(config.policy(), PostgresTypeWidening.INSTANCE,
                    live.madeUpNames(), Attribution.NO_HISTORY.accepting(accepted), declaredRenames(config, live, steps));
            List<String> warnings = new ArrayList<>(scan.warnings());
            if (history instanceof HistoryBasis.DatabaseItself) {
                return new Drift(steps.time("compare", () -> SchemaComparator.compare(live.current(), live.target(),
                        options.with(Attribution.DATABASE_IS_HISTORY.accepting(accepted)))),
                        scan.provenance(), warnings, HistoryBasis.Kind.DATABASE, List.of());
            }
            if (history instanceof HistoryBasis.NothingApplied) {
                return nothingApplied(config, live, options, accepted, scan, warnings, steps);
            }
            if (history instanceof HistoryBasis.Replaying replaying) {
                return replayed(config, connection, replaying, live, options, accepted, scan, warnings, steps);
            }
            return new Drift(steps.time("compare", () -> SchemaComparator.compare(live.current(), live.target(),
                    options)), scan.provenance(), warnings, HistoryBasis.Kind.NONE, List.of());
        } finally {
            if (history instanceof HistoryBasis.Replaying replaying) {
                replaying.replay().whenComplete((replayed, failure) -> {
                    if (replayed != null) {
                        replayed.close();
                    }
                });
            }
        }
    }

    /**
     * The renames {@code revision.renames} and {@code --rename} declare, checked against the database and the entities:
     * one already applied is noted (with {@code --verbose}); one that cannot apply is an error, as the developer said the
     * data must be kept.
     */
    private static Renames declaredRenames(RetortConfig config, PostgresNormalizer.Normalized live, StepListener steps)
            throws ConfigException {
        if (config.renames().isEmpty()) {
            return Renames.NONE;
        }
        try {
            RenameHints.Resolution resolution = RenameHints.resolve(config.renames(), config.defaultSchema(),
                    live.current(), live.target(), PostgresTypeWidening.INSTANCE);
            resolution.satisfied().forEach(steps::note);
            return resolution.renames();
        } catch (RenameHintException e) {
            throw new ConfigException(e.getMessage() + " (--rename or " + ConfigLoader.RENAMES_KEY + ")");
        }
    }

    /**
     * Nothing applied: an empty database is the (empty) history itself; one with tables is a database to adopt, which
     * no history explains, compared under each kind's conservative default.
     */
    private static Drift nothingApplied(RetortConfig config, PostgresNormalizer.Normalized live, CompareOptions options,
                                        AcceptedDifferences accepted, ScanResult scan, List<String> warnings,
                                        StepListener steps) {
        SchemaModel database = live.current();
        List<QualifiedName> unexplained = database.tables().stream().map(Table::name)
                .filter(name -> !config.policy().ignores(name)).toList();
        boolean empty = unexplained.isEmpty() && database.sequences().isEmpty() && database.enumTypes().isEmpty()
                && database.views().isEmpty();
        if (empty) {
            return new Drift(steps.time("compare", () -> SchemaComparator.compare(database, live.target(),
                    options.with(Attribution.DATABASE_IS_HISTORY.accepting(accepted)))), scan.provenance(), warnings,
                    HistoryBasis.Kind.DATABASE, List.of());
        }
        if (accepted.isEmpty()) {
            warnings.add("no revision explains the database's " + unexplained.size() + " table(s) ("
                    + describe(unexplained) + "): compared with the database alone, where only what the entities"
                    + " positively say becomes SQL; to adopt the database, " + AdoptionException.howToAdopt(
                    config.scriptFormat() == ScriptFormat.LIQUIBASE));
        }
        return new Drift(steps.time("compare", () -> SchemaComparator.compare(database, live.target(), options)),
                scan.provenance(), warnings, HistoryBasis.Kind.NONE, unexplained);
    }

    private static Drift replayed(RetortConfig config, Connection connection, HistoryBasis.Replaying replaying,
                                  PostgresNormalizer.Normalized live, CompareOptions options,
                                  AcceptedDifferences accepted, ScanResult scan, List<String> warnings,
                                  StepListener steps) throws NormalizationException {
        ReplayedHistory replayed;
        try {
            replayed = steps.time("history-wait", () -> joinHistory(replaying.replay()));
        } catch (HistoryUnavailableException e) {
            warnings.add(e.getMessage() + "; compared with the database alone, where only what the entities"
                    + " positively say becomes SQL");
            return new Drift(steps.time("compare", () -> SchemaComparator.compare(live.current(), live.target(),
                    options)), scan.provenance(), warnings, HistoryBasis.Kind.NONE, List.of());
        }
        warnings.addAll(versionMismatch(replayed, connection, config));
        PostgresNormalizer.Normalized history = steps.time("history-normalize", () -> replayed.normalize(
                scan.target(), scan.madeUpNames(), config.defaultSchema()));
        HistoryComparison.Sides sides = new HistoryComparison.Sides(live.current(), live.target(),
                EquivalentTypes.align(history.current(), live.current()), history.target());
        Comparison comparison = steps.time("compare", () -> HistoryComparison.compare(sides, accepted, options));
        return new Drift(comparison, scan.provenance(), warnings, HistoryBasis.Kind.REPLAYED, List.of());
    }

    /**
     * PostgreSQL prints some definitions (checks, defaults, views) differently from one major version to the next: a
     * history replayed on another major than the database's may show drift that is only spelling.
     */
    private static List<String> versionMismatch(ReplayedHistory replayed, Connection connection, RetortConfig config) {
        try {
            int history = replayed.majorVersion();
            int database = connection.getMetaData().getDatabaseMajorVersion();
            if (history == database) {
                return List.of();
            }
            return List.of("the revision history is replayed into PostgreSQL " + history + " and the database runs "
                    + "PostgreSQL " + database + ": drift that is only spelling may show; set "
                    + (config.history().mode() == HistorySettings.Mode.SERVER ? "history.database to a server of "
                    + database : "embedded.postgres-version=" + database + " (or history.database to a server of "
                    + database + ")"));
        } catch (java.sql.SQLException e) {
            return List.of();
        }
    }

    private static String describe(List<QualifiedName> tables) {
        List<String> names = tables.stream().limit(3).map(QualifiedName::toString).toList();
        return String.join(", ", names) + (tables.size() > 3 ? ", ..." : "");
    }

    static SchemaModel read(RetortConfig config, Connection connection,
                                    CompletableFuture<ScanResult> scanning, StepListener steps)
            throws ReflectionException, EntityScanException, NormalizationException {
        PostgresReflector reflector = new PostgresReflector();
        List<String> read = schemasToRead(config, reflector, connection);
        SchemaModel database = steps.time("reflect-database", () -> reflector.reflect(connection,
                new ReflectionScope(read, Set.of(config.versionTable()))));
        ScanResult scan = join(scanning);
        List<String> unread = entitySchemas(scan.target()).stream().filter(s -> !read.contains(s)).toList();
        return unread.isEmpty() ? database : merge(database, steps.time("reflect-database",
                () -> reflector.reflect(connection, new ReflectionScope(unread, Set.of(config.versionTable())))));
    }

    private static ReplayedHistory joinHistory(CompletableFuture<ReplayedHistory> replay)
            throws HistoryUnavailableException {
        try {
            return replay.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof HistoryUnavailableException unavailable) {
                throw unavailable;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    static ScanResult join(CompletableFuture<ScanResult> scanning) throws EntityScanException,
            NormalizationException {
        try {
            return scanning.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof EntityScanException scanFailure) {
                throw scanFailure;
            }
            if (e.getCause() instanceof NormalizationException collision) {
                throw collision;
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
