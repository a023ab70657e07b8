package dev.retort.lint;

import dev.retort.schema.QualifiedName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link TableFacts} read from a connected database's catalog in one query: which tables exist, their estimated rows
 * ({@code pg_class.reltuples}), their size ({@code pg_total_relation_size}) and their columns' types
 * ({@code format_type}). Only the database's own tables are read: PostgreSQL's and extensions' are no revision's.
 */
public final class CatalogTableFacts implements TableFacts {

    private static final String QUERY = load("table_facts.sql");

    /** One table as read: its size and its columns' types by name. */
    private record Table(TableSize size, Map<String, String> columnTypes) {
    }

    private final Map<QualifiedName, Table> tables;
    private final String defaultSchema;

    private CatalogTableFacts(Map<QualifiedName, Table> tables, String defaultSchema) {
        this.tables = Map.copyOf(tables);
        this.defaultSchema = defaultSchema;
    }

    /** @param defaultSchema the schema unqualified names in the revisions resolve to */
    public static CatalogTableFacts read(Connection connection, String defaultSchema) throws SQLException {
        Objects.requireNonNull(defaultSchema, "defaultSchema");
        Map<QualifiedName, Table> tables = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(QUERY)) {
            while (rows.next()) {
                QualifiedName name = new QualifiedName(rows.getString("schema_name"), rows.getString("table_name"));
                TableSize size = new TableSize(rows(rows.getDouble("reltuples"), rows.getLong("heap_bytes"),
                        rows.getLong("live_tuples")), rows.getLong("total_bytes"));
                tables.put(name, new Table(size, columns(rows.getArray("column_names"),
                        rows.getArray("column_types"))));
            }
        }
        return new CatalogTableFacts(tables, defaultSchema);
    }

    /**
     * The rows to rank by: the planner's estimate; for a table never analyzed (-1), none when its heap is empty, else
     * the live tuples the statistics counted as rows were inserted.
     */
    static long rows(double reltuples, long heapBytes, long liveTuples) {
        if (reltuples >= 0) {
            return Math.round(reltuples);
        }
        return heapBytes == 0 ? 0 : Math.max(liveTuples, 0);
    }

    private static Map<String, String> columns(Array names, Array types) throws SQLException {
        String[] columnNames = (String[]) names.getArray();
        String[] columnTypes = (String[]) types.getArray();
        Map<String, String> columns = new HashMap<>();
        for (int i = 0; i < columnNames.length; i++) {
            columns.put(columnNames[i], columnTypes[i]);
        }
        return columns;
    }

    @Override
    public boolean exists(QualifiedName table) {
        return tables.containsKey(table);
    }

    @Override
    public Optional<TableSize> size(QualifiedName table) {
        return Optional.ofNullable(tables.get(table)).map(Table::size);
    }

    @Override
    public Optional<String> columnType(QualifiedName table, String column) {
        return Optional.ofNullable(tables.get(table)).map(found -> found.columnTypes().get(column));
    }

    @Override
    public String defaultSchema() {
        return defaultSchema;
    }

    private static String load(String resource) {
        try (InputStream in = CatalogTableFacts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from retort's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
