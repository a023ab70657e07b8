package dev.retort.dialect.postgresql;

import dev.retort.ops.AddConstraint;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.Operation;
import dev.retort.reflect.PostgresReflector;
import dev.retort.reflect.ReflectionException;
import dev.retort.reflect.ReflectionScope;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts both sides in PostgreSQL's own canonical form by asking PostgreSQL. The target model is created in
 * scratch schemas, inside a transaction, read back through the same reflector as the live database, and the
 * transaction is rolled back. Types, defaults, check expressions, generated constraint names and sequence
 * options then read exactly as they will after the upgrade has run, which is what makes "autogenerate after
 * upgrade finds nothing" hold without a hand-written expression normalizer. Check expressions of both sides
 * are then taken to the fixed point of PostgreSQL's printing ({@link CheckFixpoint}).
 *
 * <p>Nothing is left behind: the transaction is rolled back on every path, and a connection that dies
 * mid-way is rolled back by the server.
 */
final class FullMaterialization {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PostgresReflector reflector;

    FullMaterialization(PostgresReflector reflector) {
        this.reflector = reflector;
    }

    /** Both sides of a comparison, in one canonical form. */
    public record Normalized(SchemaModel current, SchemaModel target) {
    }

    /**
     * @param current       the database as the reflector read it
     * @param rawTarget     the entities' model as the scanner wrote it
     * @param defaultSchema the schema unqualified names in the entities' expressions resolve to
     */
    public Normalized normalize(Connection connection, SchemaModel current, SchemaModel rawTarget,
                                String defaultSchema) throws NormalizationException {
        String prefix = "retort_scratch_" + HexFormat.of().formatHex(RANDOM.generateSeed(4));
        Map<String, String> toScratch = new LinkedHashMap<>();
        List<String> schemas = new ArrayList<>(rawTarget.schemas());
        for (int i = 0; i < schemas.size(); i++) {
            toScratch.put(schemas.get(i), prefix + "_" + i);
        }
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return normalizeInTransaction(connection, current, rawTarget, defaultSchema, prefix, toScratch);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new NormalizationException("cannot use a scratch schema to normalize the entities: "
                    + firstLine(e) + " (the database user needs CREATE on the database)", e);
        }
    }

    private Normalized normalizeInTransaction(Connection connection, SchemaModel current, SchemaModel rawTarget,
                                              String defaultSchema, String prefix, Map<String, String> toScratch)
            throws SQLException, NormalizationException {
        try (Statement statement = connection.createStatement()) {
            for (String scratch : toScratch.values()) {
                statement.execute("CREATE SCHEMA " + scratch);
            }
            statement.execute("SET LOCAL search_path = " + searchPath(toScratch, defaultSchema));
        }
        SchemaRenaming intoScratch = new SchemaRenaming(toScratch, Map.of());
        SchemaModel scratchModel = intoScratch.apply(rawTarget);
        for (Operation operation : creation(scratchModel)) {
            execute(connection, operation, toScratch);
        }
        try {
            SchemaModel reflected = reflector.reflect(connection,
                    new ReflectionScope(List.copyOf(toScratch.values()), Set.of()));
            List<SchemaModel> fixed = new CheckFixpoint(reflector, prefix).apply(connection, List.of(current, reflected));
            return new Normalized(fixed.get(0), back(connection, toScratch).apply(fixed.get(1)));
        } catch (ReflectionException e) {
            throw new NormalizationException("cannot read back the entities' schema: " + e.getMessage(), e);
        }
    }

    /** Creation order: sequences (defaults may use them), tables, then the foreign keys between them. */
    private static List<Operation> creation(SchemaModel model) {
        List<Operation> operations = new ArrayList<>();
        for (Sequence sequence : model.sequences()) {
            operations.add(new CreateSequence(sequence));
        }
        for (Table table : model.tables()) {
            operations.add(new CreateTable(table.withoutForeignKeys()));
        }
        for (Table table : model.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                operations.add(new AddConstraint(table.name(), fk));
            }
        }
        return operations;
    }

    private static void execute(Connection connection, Operation operation, Map<String, String> toScratch)
            throws NormalizationException {
        for (String sql : PostgresRenderer.render(operation)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                String object = operation.subject().kind().label() + " " + original(operation, toScratch);
                throw new NormalizationException("the entities' " + object + " is not valid on PostgreSQL: "
                        + firstLine(e) + "; check its mapping (columnDefinition, @Check, @ColumnDefault)", e);
            }
        }
    }

    /** The subject's name before it was moved into a scratch schema, for error messages. */
    private static String original(Operation operation, Map<String, String> toScratch) {
        ObjectPath subject = operation.subject();
        String schema = toScratch.entrySet().stream().filter(e -> e.getValue().equals(subject.owner().schema()))
                .map(Map.Entry::getKey).findFirst().orElse(subject.owner().schema());
        String member = subject.member() == null ? "" : "." + subject.member();
        return schema + "." + subject.owner().name() + member;
    }

    private static String searchPath(Map<String, String> toScratch, String defaultSchema) {
        List<String> path = new ArrayList<>();
        if (toScratch.containsKey(defaultSchema)) {
            path.add(toScratch.get(defaultSchema));
        }
        toScratch.values().stream().filter(s -> !path.contains(s)).forEach(path::add);
        path.add(PostgresIdentifiers.quote(defaultSchema));
        toScratch.keySet().stream().map(PostgresIdentifiers::quote).filter(s -> !path.contains(s)).forEach(path::add);
        return String.join(", ", path);
    }

    /** The way back, with expression prefixes spelled as PostgreSQL prints schema names (quote_ident). */
    private static SchemaRenaming back(Connection connection, Map<String, String> toScratch) throws SQLException {
        Map<String, String> schemas = new LinkedHashMap<>();
        Map<String, String> prefixes = new LinkedHashMap<>();
        try (PreparedStatement quote = connection.prepareStatement("SELECT quote_ident(?)")) {
            for (Map.Entry<String, String> entry : toScratch.entrySet()) {
                schemas.put(entry.getValue(), entry.getKey());
                quote.setString(1, entry.getKey());
                try (ResultSet row = quote.executeQuery()) {
                    row.next();
                    prefixes.put(entry.getValue() + ".", row.getString(1) + ".");
                }
            }
        }
        return new SchemaRenaming(schemas, prefixes);
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
