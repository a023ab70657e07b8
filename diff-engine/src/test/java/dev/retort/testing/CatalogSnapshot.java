package dev.retort.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every fact PostgreSQL's catalog holds about the user schemas (tables, columns with type, nullability,
 * identity, default, collation and comment, constraints, indexes, sequences, comments, views, types), as
 * sorted lines. It is read with plain catalog SQL, not with retort's reflector, so it can judge the
 * reflector too. Column positions are left out: a column that a downgrade adds back goes to the end.
 */
public final class CatalogSnapshot {

    private static final String QUERY = load();

    private CatalogSnapshot() {
    }

    public static List<String> of(TestDatabase database) {
        return database.queryColumn(QUERY);
    }

    /** The catalog as this connection sees it, its own uncommitted changes included. */
    public static List<String> of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(QUERY)) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
            return lines;
        }
    }

    private static String load() {
        try (InputStream in = CatalogSnapshot.class.getResourceAsStream("catalog-snapshot.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
