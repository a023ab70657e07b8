package dev.retort.lint;

import dev.retort.schema.QualifiedName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a connected linter knows of {@link LintFixtures#BASE_SCHEMA}: its two tables, their sizes (given) and their
 * columns' types in format_type spelling. Any other table does not exist. (The connected {@link TableFacts} reading
 * pg_class is the CLI's; this one stands in for it.)
 */
final class KnownTables implements TableFacts {

    private final Map<QualifiedName, TableSize> sizes = new HashMap<>();
    private final Map<QualifiedName, Map<String, String>> types = new HashMap<>();
    private final Set<QualifiedName> unsized = new HashSet<>();

    private KnownTables() {
    }

    /** The base schema, each table with {@code rows} rows and {@code bytes} bytes (orders twice customer's size). */
    static KnownTables baseSchema(long rows, long bytes) {
        KnownTables facts = new KnownTables();
        facts.sizes.put(LintFixtures.CUSTOMER, new TableSize(rows, bytes));
        facts.sizes.put(LintFixtures.ORDERS, new TableSize(rows * 2, bytes * 2));
        facts.types.put(LintFixtures.CUSTOMER, Map.of("id", "bigint", "name", "character varying(100)",
                "nick", "character varying(50)", "email", "text", "score", "numeric(10,2)", "code", "integer"));
        facts.types.put(LintFixtures.ORDERS, Map.of("id", "bigint", "customer_id", "bigint", "amount", "integer",
                "note", "character varying(100)", "status", "text", "created_at", "timestamp without time zone"));
        return facts;
    }

    /** The base schema with rows, as the fixtures' database has them (20 customers, 40 orders, 8 kB a table). */
    static KnownTables baseSchema() {
        return baseSchema(20, 8192);
    }

    /** The same, with one more table that exists but whose size is not known. */
    KnownTables withUnsizedTable(QualifiedName table) {
        unsized.add(table);
        return this;
    }

    @Override
    public boolean exists(QualifiedName table) {
        return sizes.containsKey(table) || unsized.contains(table);
    }

    @Override
    public Optional<TableSize> size(QualifiedName table) {
        return Optional.ofNullable(sizes.get(table));
    }

    @Override
    public Optional<String> columnType(QualifiedName table, String column) {
        return Optional.ofNullable(types.getOrDefault(table, Map.of()).get(column));
    }
}
