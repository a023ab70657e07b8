package dev.retort.dialect.postgresql;

import dev.retort.schema.SchemaModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether {@link PostgresNormalizer} may write its scratch schema into a database, asked of the catalog in one query
 * before anything is tried: a read-only connection (JDBC's {@code readOnly}), a hot standby, a read-only session, a
 * user without CREATE on the database, or without
 * CREATE on a schema the entities' enum types or sequences belong to, each named for what it is.
 */
public final class ScratchProbe {

    private static final String SQL = load();

    private ScratchProbe() {
    }

    /** Why the normalizer cannot write here, in a few words; empty when it can. */
    public static Optional<String> refusal(Connection connection, SchemaModel rawTarget) throws SQLException {
        if (connection.isReadOnly()) {
            // The driver begins the normalizer's transaction READ ONLY; the catalog cannot tell in autocommit.
            return Optional.of("the connection is read-only (readOnly=true)");
        }
        TreeSet<String> schemas = new TreeSet<>();
        rawTarget.enumTypes().forEach(type -> schemas.add(type.name().schema()));
        rawTarget.sequences().forEach(sequence -> schemas.add(sequence.name().schema()));
        try (PreparedStatement query = connection.prepareStatement(SQL)) {
            Array names = connection.createArrayOf("text", schemas.toArray());
            query.setArray(1, names);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                String user = row.getString("user_name");
                String database = row.getString("database_name");
                if (row.getBoolean("standby")) {
                    return Optional.of("the server is a hot standby");
                }
                if (row.getBoolean("read_only")) {
                    return Optional.of("the session is read-only (default_transaction_read_only=on)");
                }
                if (!row.getBoolean("can_create")) {
                    return Optional.of("user " + user + " has no CREATE on database " + database);
                }
                String schemasWithout = row.getString("schemas_without_create");
                return schemasWithout == null ? Optional.empty()
                        : Optional.of("user " + user + " has no CREATE on schema " + schemasWithout);
            }
        }
    }

    private static String load() {
        try (InputStream in = ScratchProbe.class.getResourceAsStream("scratch-probe.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
