package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.PostgresIdentifiers.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One table of samples in the normalizer's work schema: columns (each possibly with a default) and named check
 * constraints. Samples share tables so that PostgreSQL prints hundreds of them for the cost of a few CREATE
 * TABLE statements.
 */
final class ScratchTable {

    private final String name;
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final Map<String, String> checks = new LinkedHashMap<>();

    ScratchTable(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    int size() {
        return columns.size();
    }

    /** Whether every column has either no place here yet or the same type here. */
    boolean accepts(Map<String, String> wanted) {
        return wanted.entrySet().stream().allMatch(c -> !columns.containsKey(c.getKey())
                || columns.get(c.getKey()).equals(c.getValue()));
    }

    void addColumn(String column, String type, String defaultExpression) {
        columns.putIfAbsent(column, type);
        if (defaultExpression != null) {
            defaults.put(column, defaultExpression);
        }
    }

    void addCheck(String constraint, String expression) {
        checks.put(constraint, expression);
    }

    String create(String schema) {
        List<String> parts = new ArrayList<>();
        columns.forEach((column, type) -> parts.add(quote(column) + " " + type
                + (defaults.containsKey(column) ? " DEFAULT " + defaults.get(column) : "")));
        checks.forEach((constraint, expression) -> parts.add("CONSTRAINT " + constraint + " CHECK "
                + PostgresDdl.parenthesised(expression)));
        return "CREATE TABLE " + schema + "." + name + " (" + parts.stream().collect(Collectors.joining(", ")) + ")";
    }
}
