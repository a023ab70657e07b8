package dev.retort.reflect;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;

/** Test shorthand: reflect a test database on a fresh autocommit connection. */
final class Reflection {

    private Reflection() {
    }

    static SchemaModel reflect(TestDatabase database, ReflectionScope scope) {
        try (Connection connection = database.connect()) {
            return new PostgresReflector().reflect(connection, scope);
        } catch (SQLException | ReflectionException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static SchemaModel reflect(TestDatabase database, String... schemas) {
        return reflect(database, ReflectionScope.of(schemas));
    }

    static Table table(SchemaModel model, String schema, String name) {
        return model.table(QualifiedName.of(schema, name))
                .orElseThrow(() -> new AssertionError("no table " + schema + "." + name + " in " + model.tables()));
    }
}
