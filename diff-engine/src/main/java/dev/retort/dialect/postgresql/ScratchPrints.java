package dev.retort.dialect.postgresql;

import dev.retort.reflect.OutputSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What PostgreSQL printed for the samples of the work schema, read with one catalog query
 * ({@code scratch-prints.sql}) under the reflector's pinned output settings, inside a savepoint so that the pinned
 * settings do not outlive the read.
 */
record ScratchPrints(Map<String, ColumnSamples.Printed> columns, Map<String, CheckSamples.Printed> checks) {

    private static final String QUERY = load();

    /** A column's print by table and column name. */
    ColumnSamples.Printed column(String table, String column) {
        return columns.get(table + "." + column);
    }

    /** A check's print by constraint name (sample constraint names are unique in the work schema). */
    CheckSamples.Printed check(String constraint) {
        return checks.get(constraint);
    }

    static ScratchPrints read(Connection connection, String schema) throws SQLException {
        Map<String, ColumnSamples.Printed> columns = new HashMap<>();
        Map<String, CheckSamples.Printed> checks = new HashMap<>();
        Savepoint savepoint = connection.setSavepoint();
        try {
            OutputSettings.pinForTransaction(connection);
            try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
                statement.setString(1, schema);
                statement.setString(2, schema);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String key = rows.getString("table_name") + "." + rows.getString("name");
                        if (rows.getString("kind").equals("column")) {
                            columns.put(key, new ColumnSamples.Printed(rows.getString("type_text"),
                                    rows.getString("expression")));
                        } else {
                            Array read = rows.getArray("columns");
                            List<String> names = Arrays.asList((String[]) read.getArray());
                            checks.put(rows.getString("name"), new CheckSamples.Printed(rows.getString("expression"),
                                    names));
                        }
                    }
                }
            }
        } finally {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
        }
        return new ScratchPrints(columns, checks);
    }

    private static String load() {
        try (InputStream in = ScratchPrints.class.getResourceAsStream("scratch-prints.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
