package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.PostgresIdentifiers.quote;

import dev.retort.reflect.PostgresReflector;
import dev.retort.reflect.ReflectionException;
import dev.retort.reflect.ReflectionScope;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings check expressions to the fixed point of PostgreSQL's own printing. PostgreSQL does not print a check
 * the way it was written, and printing is not stable: {@code status in ('A','B')} is stored and printed as
 * {@code ((status)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))}, and a check created from that
 * text prints as {@code ARRAY[('A'::character varying)::text, ...]}. Comparing printed texts would report a
 * difference after every upgrade. So both sides' checks are re-created in a scratch schema from their printed
 * text until the text stops changing (two rounds in practice), and that fixed point is what retort compares
 * and writes: after an upgrade the database then prints exactly it.
 *
 * <p>Runs inside the caller's transaction (the normalizer's, which is rolled back).
 */
final class CheckFixpoint {

    private static final int MAX_ROUNDS = 5;

    private final PostgresReflector reflector;
    private final String schemaPrefix;

    CheckFixpoint(PostgresReflector reflector, String schemaPrefix) {
        this.reflector = reflector;
        this.schemaPrefix = schemaPrefix;
    }

    /** Returns the models with every check expression replaced by its fixed point. */
    List<SchemaModel> apply(Connection connection, List<SchemaModel> models)
            throws SQLException, ReflectionException {
        // The table each check belongs to: its scratch copy needs the same columns.
        Map<String, Table> owners = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (int m = 0; m < models.size(); m++) {
            List<Table> tables = models.get(m).tables();
            for (int t = 0; t < tables.size(); t++) {
                List<CheckConstraint> checks = tables.get(t).checks();
                for (int c = 0; c < checks.size(); c++) {
                    String key = key(m, t, c);
                    owners.put(key, tables.get(t));
                    texts.put(key, checks.get(c).expression());
                }
            }
        }
        Set<String> pending = new LinkedHashSet<>(texts.keySet());
        for (int round = 0; round < MAX_ROUNDS && !pending.isEmpty(); round++) {
            Map<String, String> printed = printOnce(connection, round, pending, owners, texts);
            Set<String> changed = new LinkedHashSet<>();
            for (String key : pending) {
                String text = printed.get(key);
                if (!text.equals(texts.get(key))) {
                    texts.put(key, text);
                    changed.add(key);
                }
            }
            pending = changed;
        }
        return replace(models, texts);
    }

    /** Creates each pending check once, on a table with its side's columns, and reads back how it prints. */
    private Map<String, String> printOnce(Connection connection, int round, Set<String> pending,
                                          Map<String, Table> owners, Map<String, String> texts)
            throws SQLException, ReflectionException {
        String schema = schemaPrefix + "_fix" + round;
        List<String> statements = new ArrayList<>();
        statements.add("CREATE SCHEMA " + schema);
        Map<String, List<String>> byTable = pending.stream().collect(Collectors.groupingBy(
                key -> key.substring(0, key.lastIndexOf("_c")), LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<String>> table : byTable.entrySet()) {
            Table source = owners.get(table.getValue().get(0));
            String columns = source.columns().stream().map(CheckFixpoint::bareColumn).collect(Collectors.joining(", "));
            statements.add("CREATE TABLE " + schema + "." + table.getKey() + " (" + columns + ")");
            for (String key : table.getValue()) {
                statements.add("ALTER TABLE " + schema + "." + table.getKey() + " ADD CONSTRAINT " + key + " CHECK "
                        + PostgresDdl.parenthesised(texts.get(key)));
            }
        }
        try (Statement statement = connection.createStatement()) {
            // One round trip: these statements only restate what the catalog printed, so none should fail.
            statement.execute(String.join(";\n", statements));
        }
        SchemaModel printed = reflector.reflect(connection, new ReflectionScope(List.of(schema), Set.of()));
        Map<String, String> result = new LinkedHashMap<>();
        for (Table table : printed.tables()) {
            for (CheckConstraint check : table.checks()) {
                result.put(check.name(), check.expression());
            }
        }
        return result;
    }

    /** A column with its type only: a check may read any column, but nothing else about it matters here. */
    private static String bareColumn(Column column) {
        return quote(column.name()) + " " + column.type().sql();
    }

    private static List<SchemaModel> replace(List<SchemaModel> models, Map<String, String> texts) {
        List<SchemaModel> result = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            List<Table> tables = new ArrayList<>(models.get(m).tables());
            for (int t = 0; t < tables.size(); t++) {
                List<CheckConstraint> checks = new ArrayList<>(tables.get(t).checks());
                for (int c = 0; c < checks.size(); c++) {
                    CheckConstraint check = checks.get(c);
                    checks.set(c, new CheckConstraint(check.name(), texts.get(key(m, t, c)), check.columns()));
                }
                tables.set(t, tables.get(t).withChecks(checks));
            }
            result.add(models.get(m).withTables(tables));
        }
        return result;
    }

    private static String key(int model, int table, int check) {
        return "m" + model + "_t" + table + "_c" + check;
    }
}
