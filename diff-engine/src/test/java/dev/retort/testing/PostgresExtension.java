package dev.retort.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects a fresh {@link TestDatabase} into test methods, lifecycle methods and constructors. The database
 * lives as long as the context that asked for it (a {@code @BeforeAll} parameter: the class; a test method
 * parameter: that test) and is dropped afterwards.
 */
public final class PostgresExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase database = PostgresServer.get().createDatabase();
        context.getStore(ExtensionContext.Namespace.create(PostgresExtension.class, database.name()))
                .put("database", database); // JUnit closes AutoCloseable values when the context ends
        return database;
    }
}
