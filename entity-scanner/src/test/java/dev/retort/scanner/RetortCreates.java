package dev.retort.scanner;

import dev.retort.compare.Change;
import dev.retort.compare.CompareOptions;
import dev.retort.compare.ModelsForTests;
import dev.retort.compare.SchemaComparator;
import dev.retort.dialect.postgresql.PostgresNormalizer;
import dev.retort.dialect.postgresql.PostgresRenderer;
import dev.retort.dialect.postgresql.PostgresTypeWidening;
import dev.retort.plan.MigrationPlan;
import dev.retort.reflect.PostgresReflector;
import dev.retort.reflect.ReflectionScope;
import dev.retort.schema.SchemaModel;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A scanned model created in an empty database the way retort's first revision would: normalized through that
 * database, compared with nothing, ordered, rendered by retort's renderer and run in one transaction.
 */
final class RetortCreates {

    private RetortCreates() {
    }

    static void model(TestDatabase database, SchemaModel scanned) throws Exception {
        try (Connection connection = database.connect()) {
            Set<String> schemas = new TreeSet<>(scanned.schemas());
            scanned.tables().forEach(table -> schemas.add(table.name().schema()));
            schemas.add("public");
            SchemaModel empty = new PostgresReflector().reflect(connection,
                    new ReflectionScope(List.copyOf(schemas), Set.of()));
            PostgresNormalizer.Normalized both = new PostgresNormalizer().normalize(connection, empty, scanned,
                    "public");
            MigrationPlan plan = MigrationPlan.of(SchemaComparator.compare(both.current(), both.target(),
                    new CompareOptions(ModelsForTests.applyingEverything(), PostgresTypeWidening.INSTANCE,
                            both.madeUpNames(), ModelsForTests.EVERYTHING_CHANGED)));
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (Change change : plan.upgrade()) {
                    for (String sql : PostgresRenderer.render(change.operation())) {
                        run(statement, sql);
                    }
                }
            }
            connection.commit();
        }
    }

    private static void run(Statement statement, String sql) {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL refused retort's " + sql + ": " + e.getMessage(), e);
        }
    }
}
