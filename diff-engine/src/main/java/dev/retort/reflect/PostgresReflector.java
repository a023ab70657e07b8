package dev.retort.reflect;

import dev.retort.schema.SchemaModel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import schemacrawler.schema.Catalog;

/**
 * Reads a live PostgreSQL schema into a {@link SchemaModel}, in the canonical form the comparison relies on
 * (see {@link ModelAssembler}). SchemaCrawler does the reading, driven by the reflector's own catalog SQL
 * (resources under {@code dev/retort/reflect/information_schema}), plus queries of its own for foreign keys,
 * enum types and what the model cannot describe: one query per object kind, however many tables there are.
 *
 * <p>The connection is left as it was found: same autocommit mode, same transaction (an open one stays open
 * with whatever uncommitted DDL it holds, and that DDL is what gets read), same search_path and settings. The
 * reflector never commits and never closes the connection. It uses the connection from the calling thread
 * only.
 */
public final class PostgresReflector {

    /** Reads the scope on this connection. */
    public SchemaModel reflect(Connection connection, ReflectionScope scope) throws ReflectionException {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(scope, "scope");
        if (scope.schemas().isEmpty()) {
            return SchemaModel.empty();
        }
        try (CatalogReadSession session = CatalogReadSession.open(connection);
             CrawlLog log = CrawlLog.capture()) {
            Optional<Catalog> catalog = crawl(session, scope, log);
            if (catalog.isEmpty()) {
                return SchemaModel.empty();
            }
            SchemaModel model = new ModelAssembler(scope, ForeignKeys.read(session.connection(), scope))
                    .assemble(catalog.get());
            return model.withViews(BeyondTables.withReads(session.connection(), scope, model.views()))
                    .withEnumTypes(BeyondTables.enumTypes(session.connection(), scope))
                    .withUnsupported(BeyondTables.unsupported(session.connection(), scope));
        }
    }

    /**
     * The database's own schemas (not PostgreSQL's, not an extension's): what retort reads unless told otherwise,
     * so that a schema the entities no longer name is still seen.
     */
    public List<String> userSchemas(Connection connection) throws ReflectionException {
        List<String> schemas = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(CatalogSql.USER_SCHEMAS)) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new ReflectionException("cannot list the database's schemas: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        return schemas;
    }

    private static Optional<Catalog> crawl(CatalogReadSession session, ReflectionScope scope, CrawlLog log)
            throws ReflectionException {
        Optional<Catalog> catalog;
        try {
            catalog = CatalogCrawl.crawl(session.connection(), scope);
        } catch (RuntimeException e) {
            throw new ReflectionException("cannot read schemas " + scope.schemas() + ": " + firstLine(e), e);
        }
        String warning = log.firstWarning();
        if (warning != null) {
            throw new ReflectionException("cannot read schemas " + scope.schemas() + ": " + warning);
        }
        session.ensureNoQueryFailed();
        return catalog;
    }

    private static String firstLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
