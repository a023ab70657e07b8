package dev.retort.dialect.postgresql;

import dev.retort.ops.CreateEnumType;
import dev.retort.ops.CreateSequence;
import dev.retort.schema.EnumType;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
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
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes a scratch database able to normalize in a database's stead: it gets what the normalizer resolves names
 * against there — the database's schemas, extensions, enum types (with their labels and casts), domain types (as
 * their base type), sequences and functions — so that the entities' columns, defaults and checks print as the
 * database would print them. Operators, collations, aggregates and composite types of the database's own are not
 * copied: a default or a check that uses one cannot be normalized elsewhere, and {@link #notCopied()} lists what
 * could not be made.
 */
public final class ScratchCopy {

    private static final String SQL = load();

    private final List<String> notCopied;

    private ScratchCopy(List<String> notCopied) {
        this.notCopied = List.copyOf(notCopied);
    }

    /**
     * Copies into {@code scratch} (a database of its own, in autocommit) what {@code source}'s model and catalog
     * say; reads {@code source} only.
     */
    public static ScratchCopy copy(Connection source, SchemaModel current, Connection scratch) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement query = source.createStatement(); ResultSet result = query.executeQuery(SQL)) {
            while (result.next()) {
                rows.add(new String[] {result.getString("kind"), result.getString("schema_name"),
                        result.getString("name"), result.getString("definition")});
            }
        }
        Set<String> schemas = new TreeSet<>(current.schemas());
        current.tables().forEach(table -> schemas.add(table.name().schema()));
        current.enumTypes().forEach(type -> schemas.add(type.name().schema()));
        current.sequences().forEach(sequence -> schemas.add(sequence.name().schema()));
        rows.forEach(row -> schemas.add(row[1]));
        List<String> failed = new ArrayList<>();
        for (String schema : schemas) {
            attempt(scratch, "CREATE SCHEMA IF NOT EXISTS " + PostgresIdentifiers.quote(schema), "schema " + schema,
                    failed);
        }
        for (String[] row : rows) {
            if (row[0].equals("extension")) {
                // CASCADE: an extension another one needs may come later in the list, or be in no list at all.
                attempt(scratch, "CREATE EXTENSION IF NOT EXISTS " + PostgresIdentifiers.quote(row[2]) + " WITH SCHEMA "
                        + PostgresIdentifiers.quote(row[1]) + " CASCADE", "extension " + row[2], failed);
            }
        }
        for (EnumType type : current.enumTypes()) {
            for (String sql : PostgresRenderer.render(new CreateEnumType(type))) {
                attempt(scratch, sql, "enum type " + type.name(), failed);
            }
        }
        for (String[] row : rows) {
            if (row[0].equals("domain")) {
                attempt(scratch, "CREATE DOMAIN " + PostgresIdentifiers.quote(row[1]) + "."
                        + PostgresIdentifiers.quote(row[2]) + " AS " + row[3], "domain " + row[1] + "." + row[2],
                        failed);
            }
        }
        for (Sequence sequence : current.sequences()) {
            for (String sql : PostgresRenderer.render(new CreateSequence(sequence))) {
                attempt(scratch, sql, "sequence " + sequence.name(), failed);
            }
        }
        // Only the signatures matter to a print; the bodies may name tables the scratch database does not have.
        attempt(scratch, "SET check_function_bodies = off", "function bodies unchecked", failed);
        for (String[] row : rows) {
            if (row[0].equals("function")) {
                attempt(scratch, row[3], "function " + row[1] + "." + row[2], failed);
            }
        }
        return new ScratchCopy(failed);
    }

    /** What could not be made in the scratch database, each with PostgreSQL's reason. */
    public List<String> notCopied() {
        return notCopied;
    }

    private static void attempt(Connection scratch, String sql, String what, List<String> failed) {
        try (Statement statement = scratch.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            failed.add(what + " (" + ScratchSession.firstLine(e) + ")");
        }
    }

    private static String load() {
        try (InputStream in = ScratchCopy.class.getResourceAsStream("scratch-copy.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
