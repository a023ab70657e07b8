package dev.retort.dialect.postgresql;

import static dev.retort.compare.ModelsForTests.ignoringColumnOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.AcceptedDifferences;
import dev.retort.compare.Attribution;
import dev.retort.compare.Change;
import dev.retort.compare.HistoryComparison;
import dev.retort.compare.CompareOptions;
import dev.retort.compare.ComparePolicy;
import dev.retort.compare.ModelsForTests;
import dev.retort.compare.Comparison;
import dev.retort.compare.Renames;
import dev.retort.compare.SchemaComparator;
import dev.retort.plan.MigrationPlan;
import dev.retort.reflect.PostgresReflector;
import dev.retort.reflect.ReflectionScope;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.EquivalentSpellings;
import dev.retort.testing.IndependentDdl;
import dev.retort.testing.ReferenceCatalog;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Drives the whole engine against a real database: both sides normalized through PostgreSQL, compared,
 * ordered, rendered and executed. {@link #migrate(SchemaModel, SchemaModel)} checks the properties that
 * matter, each judged by {@link CatalogSnapshot} and not only by retort's own reflector: after the upgrade the
 * catalog is the one model B built from nothing by {@link IndependentDdl} has (and a second comparison finds
 * nothing), and after the downgrade the catalog is exactly as before.
 */
final class RoundTrip {

    private final TestDatabase database;
    private final ComparePolicy policy;
    private final List<String> leftAlone;
    private final PostgresReflector reflector = new PostgresReflector();

    RoundTrip(TestDatabase database, ComparePolicy policy) {
        this(database, policy, List.of());
    }

    private RoundTrip(TestDatabase database, ComparePolicy policy, List<String> leftAlone) {
        this.database = database;
        this.policy = policy;
        this.leftAlone = List.copyOf(leftAlone);
    }

    /**
     * This round trip, for a database that holds objects beyond the model which the policy leaves alone:
     * {@code statements} make what is left of them after the upgrade, on top of model B, for the catalog the
     * upgrade must reach.
     */
    RoundTrip leavingAlone(String... statements) {
        return new RoundTrip(database, policy, List.of(statements));
    }

    /** Normalizes a model written with Hibernate's spellings through the database. */
    SchemaModel normalize(SchemaModel raw) throws Exception {
        try (Connection connection = database.connect()) {
            return new PostgresNormalizer().normalize(connection, SchemaModel.empty(), raw, "public")
                    .target();
        }
    }

    /** Both sides normalized together, as autogenerate does. */
    PostgresNormalizer.Normalized normalizeWithDatabase(SchemaModel normalizedTarget) throws Exception {
        try (Connection connection = database.connect()) {
            SchemaModel current = reflector.reflect(connection, new ReflectionScope(schemasOf(normalizedTarget),
                    Set.of()));
            return new PostgresNormalizer().normalize(connection, current, normalizedTarget, "public");
        }
    }

    SchemaModel reflect(List<String> schemas) throws Exception {
        try (Connection connection = database.connect()) {
            return reflector.reflect(connection, new ReflectionScope(schemas, Set.of()));
        }
    }

    /** What autogenerate would find: the database and the target, both normalized, compared. */
    Comparison compareWithDatabase(SchemaModel target) throws Exception {
        return compareWithDatabase(target, Renames.NONE);
    }

    /** The same, with renames declared. */
    Comparison compareWithDatabase(SchemaModel target, Renames renames) throws Exception {
        PostgresNormalizer.Normalized both = normalizeWithDatabase(target);
        return SchemaComparator.compare(both.current(), both.target(), new CompareOptions(policy,
                PostgresTypeWidening.INSTANCE, both.madeUpNames(), ModelsForTests.EVERYTHING_CHANGED, renames));
    }

    /**
     * What autogenerate would find with the revision history known: {@code history} is the schema the revisions
     * built (reflected then), the database is as it is now.
     */
    Comparison compareWithHistory(SchemaModel target, SchemaModel history) throws Exception {
        PostgresNormalizer.Normalized both = normalizeWithDatabase(target);
        return HistoryComparison.compare(new HistoryComparison.Sides(both.current(), both.target(), history,
                both.target()), AcceptedDifferences.none(), new CompareOptions(policy,
                PostgresTypeWidening.INSTANCE, both.madeUpNames(), Attribution.NO_HISTORY));
    }

    /** Brings the empty database to {@code raw}, then checks that nothing is left to do. */
    SchemaModel establish(SchemaModel raw) throws Exception {
        SchemaModel target = normalize(raw);
        MigrationPlan plan = MigrationPlan.of(compareWithDatabase(target));
        execute(plan.upgrade());
        assertThat(compareWithDatabase(target).differences()).as("differences right after creating").isEmpty();
        return target;
    }

    /**
     * With the database at {@code from}: plans the way to {@code to}, upgrades, checks the catalog is the one
     * {@code to} built from nothing has and nothing is left, downgrades, and checks the catalog is exactly as it
     * was. Returns the plan for further assertions.
     */
    MigrationPlan migrate(SchemaModel from, SchemaModel to) throws Exception {
        SchemaModel target = normalize(to);
        List<String> before = CatalogSnapshot.of(database);
        SchemaModel reflectedBefore = reflect(schemasOf(target, from));

        MigrationPlan plan = MigrationPlan.of(compareWithDatabase(target));
        execute(plan.upgrade());
        assertThat(EquivalentSpellings.canonical(CatalogSnapshot.of(database)))
                .as("catalog after the upgrade, against model B built from nothing")
                .isEqualTo(EquivalentSpellings.canonical(builtFromNothing(withOutOfScope(to, from, target))));
        assertThat(compareWithDatabase(target).differences()).as("differences after the upgrade").isEmpty();

        execute(plan.downgrade());
        assertThat(CatalogSnapshot.of(database)).as("catalog after the downgrade").isEqualTo(before);
        assertThat(ignoringColumnOrder(reflect(schemasOf(target, from))))
                .isEqualTo(ignoringColumnOrder(reflectedBefore));
        return plan;
    }

    /**
     * {@code to} with the objects of {@code from} in schemas the comparison does not cover (it reflects the target's
     * schemas only), which the upgrade leaves as they were.
     */
    private static SchemaModel withOutOfScope(SchemaModel to, SchemaModel from, SchemaModel target) {
        Set<String> scope = Set.copyOf(schemasOf(target));
        Predicate<QualifiedName> outside = name -> !scope.contains(name.schema());
        List<String> schemas = new ArrayList<>(to.schemas());
        from.schemas().stream().filter(schema -> !scope.contains(schema)).forEach(schemas::add);
        return new SchemaModel(schemas,
                plus(to.tables(), from.tables().stream().filter(t -> outside.test(t.name())).toList()),
                plus(to.sequences(), from.sequences().stream().filter(s -> outside.test(s.name())).toList()),
                plus(to.views(), from.views().stream().filter(v -> outside.test(v.name())).toList()),
                plus(to.enumTypes(), from.enumTypes().stream().filter(e -> outside.test(e.name())).toList()),
                to.unsupported());
    }

    private static <T> List<T> plus(List<T> some, List<T> more) {
        List<T> all = new ArrayList<>(some);
        all.addAll(more);
        return all;
    }

    /** The catalog of {@code model} created by hand-written DDL in a database of its own, with what is left alone. */
    private List<String> builtFromNothing(SchemaModel model) {
        List<String> statements = new ArrayList<>(IndependentDdl.of(model));
        statements.addAll(leftAlone);
        return ReferenceCatalog.of(statements, IndependentDdl.views(model));
    }

    /**
     * Runs the changes' SQL as a revision written with every {@link LockAwareForm lock-aware form} runs it: the main
     * part in one transaction, the statements outside it each on its own, before and after it. Every round trip then
     * judges the lock-aware forms: the catalog they leave is the one built from nothing, the downgrade is exact.
     */
    void execute(List<Change> changes) throws SQLException {
        List<PostgresSection.Statement> section = PostgresSection.render(
                changes.stream().map(Change::operation).toList(), LockAwareForm.all());
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            int i = 0;
            while (i < section.size()) {
                boolean transactional = section.get(i).transactional();
                connection.setAutoCommit(!transactional);
                for (; i < section.size() && section.get(i).transactional() == transactional; i++) {
                    String sql = section.get(i).sql();
                    try {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        throw new AssertionError("PostgreSQL refused " + sql + ": " + e.getMessage(), e);
                    }
                }
                if (transactional) {
                    connection.commit();
                }
            }
        }
    }

    static List<String> schemasOf(SchemaModel... models) {
        Set<String> schemas = new TreeSet<>();
        for (SchemaModel model : models) {
            schemas.addAll(model.schemas());
            model.tables().stream().map(t -> t.name().schema()).forEach(schemas::add);
        }
        schemas.add("public");
        return List.copyOf(schemas);
    }

    static QualifiedName name(String table) {
        return QualifiedName.of("public", table);
    }
}
