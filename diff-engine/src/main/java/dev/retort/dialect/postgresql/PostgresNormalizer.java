package dev.retort.dialect.postgresql;

import dev.retort.ops.CreateSequence;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.EnumType;
import dev.retort.schema.Identity;
import dev.retort.schema.MadeUpNames;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Puts both sides of a comparison in PostgreSQL's own canonical form by asking PostgreSQL, so that retort
 * compares what the database will print, never spellings:
 * <ul>
 *   <li>the entities' column types and defaults (each distinct pair once) and every check constraint of both
 *       sides are created in a scratch schema and read back with the reflector's own expressions and output
 *       settings ({@link ScratchPrints});
 *   <li>check texts are taken to the fixed point of PostgreSQL's printing ({@link CheckSamples});
 *   <li>the entities' names are cut to the 63 bytes PostgreSQL keeps ({@link TruncatedNames});
 *   <li>constraints the entities leave unnamed get the names PostgreSQL would give them ({@link PostgresNames});
 *   <li>sequence options the entities leave out get PostgreSQL's defaults.
 * </ul>
 * All of it happens in one transaction that is rolled back on every path (and by the server if the connection
 * dies), so nothing is left behind. The connection's user needs the right to create a schema there, which
 * {@link ScratchProbe} asks before: a database that does not allow it is normalized in a scratch database that has
 * what {@link ScratchCopy} copies.
 */
public final class PostgresNormalizer {

    /**
     * Both sides of a comparison, in one canonical form.
     *
     * @param madeUpNames the target's constraint and index names nobody chose: those given to unnamed constraints
     *                    here, and those the source said were made up
     */
    public record Normalized(SchemaModel current, SchemaModel target, MadeUpNames madeUpNames) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();


    /**
     * @param current       the database as the reflector read it (already canonical but for check texts)
     * @param rawTarget     the entities' model as the scanner wrote it
     * @param defaultSchema the schema that unqualified names in the entities' expressions resolve to
     */
    public Normalized normalize(Connection connection, SchemaModel current, SchemaModel rawTarget,
                                String defaultSchema) throws NormalizationException {
        return normalize(connection, current, rawTarget, MadeUpNames.none(), defaultSchema);
    }

    /** @param rawMadeUp the raw target's names nobody chose (the scanner knows Hibernate's hashed names) */
    public Normalized normalize(Connection connection, SchemaModel current, SchemaModel rawTarget,
                                MadeUpNames rawMadeUp, String defaultSchema) throws NormalizationException {
        SchemaModel truncated = TruncatedNames.apply(rawTarget);
        MadeUpNames madeUp = TruncatedNames.apply(rawMadeUp);
        String prefix = "retort_scratch_" + HexFormat.of().formatHex(RANDOM.generateSeed(4));
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return inTransaction(new ScratchSession(connection), current, truncated, madeUp, defaultSchema,
                        prefix);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new NormalizationException("cannot use a scratch schema to normalize the entities: "
                    + ScratchSession.firstLine(e), e);
        }
    }

    private Normalized inTransaction(ScratchSession session, SchemaModel current, SchemaModel raw,
                                     MadeUpNames rawMadeUp, String defaultSchema, String prefix)
            throws SQLException, NormalizationException {
        String work = prefix + "_w";
        session.run("CREATE SCHEMA " + work);
        createSequencesIfDefaultsUseThem(session, raw);
        createMissingEnumTypes(session, raw);
        // Unqualified names in the entities' expressions mean the default schema, as when the upgrade runs.
        session.run("SET LOCAL search_path = " + PostgresIdentifiers.quote(defaultSchema));
        CheckSamples.Reader reader = schema -> ScratchPrints.read(session.connection(), schema);

        ColumnSamples columnSamples = new ColumnSamples();
        CheckSamples checkSamples = new CheckSamples();
        Map<CheckKey, Integer> targetChecks = new HashMap<>();
        for (Table table : raw.tables()) {
            for (Column column : table.columns()) {
                columnSamples.add(ObjectPath.column(table.name(), column.name()), column.type().sql(),
                        column.identity() == Identity.NONE ? column.defaultExpression() : null);
            }
            addChecks(checkSamples, table, targetChecks, "the entities' check ");
        }
        Map<CheckKey, Integer> currentChecks = new HashMap<>();
        for (Table table : current.tables()) {
            addChecks(checkSamples, table, currentChecks, "the database's check ");
        }
        columnSamples.create(session, work);
        Map<ColumnSamples.Sample, ColumnSamples.Printed> columns = columnSamples.read(reader.read(work));
        Map<Integer, CheckSamples.Printed> checks = checkSamples.print(session, work, reader);

        TargetAssembly.Assembled target = new TargetAssembly(new TargetAssembly.Prints() {
            @Override
            public ColumnSamples.Printed column(Column column) {
                return columns.get(new ColumnSamples.Sample(column.type().sql(),
                        column.identity() == Identity.NONE ? column.defaultExpression() : null));
            }

            @Override
            public CheckSamples.Printed check(Table table, int index) {
                return checks.get(targetChecks.get(new CheckKey(table.name(), index)));
            }
        }).assemble(raw, rawMadeUp);
        return new Normalized(withFixedChecks(current, checks, currentChecks),
                EquivalentTypes.align(target.model(), current), target.madeUpNames());
    }

    /** A check by its table and position, since equal checks may sit on different tables. */
    private record CheckKey(QualifiedName table, int index) {
    }

    private static void addChecks(CheckSamples samples, Table table, Map<CheckKey, Integer> ids, String side) {
        List<CheckConstraint> checks = table.checks();
        for (int i = 0; i < checks.size(); i++) {
            CheckConstraint check = checks.get(i);
            ids.put(new CheckKey(table.name(), i), samples.add(table, check.expression(),
                    () -> side + describe(table, check)));
        }
    }

    /** The database's model with its check texts at their printing fixed point. */
    private static SchemaModel withFixedChecks(SchemaModel current, Map<Integer, CheckSamples.Printed> printed,
                                               Map<CheckKey, Integer> ids) {
        List<Table> tables = new ArrayList<>();
        for (Table table : current.tables()) {
            List<CheckConstraint> checks = new ArrayList<>();
            for (int i = 0; i < table.checks().size(); i++) {
                CheckConstraint check = table.checks().get(i);
                String fixed = printed.get(ids.get(new CheckKey(table.name(), i))).expression();
                checks.add(new CheckConstraint(check.name(), fixed, check.columns()));
            }
            tables.add(table.withChecks(checks));
        }
        return current.withTables(tables);
    }

    private static String describe(Table table, CheckConstraint check) {
        return (check.name() == null ? "" : check.name() + " ") + "on " + table.name() + " (" + check.expression() + ")";
    }

    /**
     * When a default calls {@code nextval}, PostgreSQL resolves the sequence as it reads the default: the
     * entities' sequences (and their schemas) are created where they belong, inside this transaction, which is
     * rolled back. Those that already exist are left as they are.
     */
    private static void createSequencesIfDefaultsUseThem(ScratchSession session, SchemaModel raw)
            throws SQLException {
        boolean used = raw.tables().stream().flatMap(t -> t.columns().stream())
                .anyMatch(c -> c.defaultExpression() != null && c.defaultExpression().contains("nextval"));
        if (!used) {
            return;
        }
        for (String schema : raw.schemas()) {
            session.run("CREATE SCHEMA IF NOT EXISTS " + PostgresIdentifiers.quote(schema));
        }
        for (Sequence sequence : raw.sequences()) {
            for (String sql : PostgresRenderer.render(new CreateSequence(sequence))) {
                session.run(sql.replaceFirst("^CREATE SEQUENCE ", "CREATE SEQUENCE IF NOT EXISTS "));
            }
        }
    }

    /**
     * Columns of the entities' enum types can only be sampled once the types exist with every label the entities
     * use: those the database does not have yet are created where they belong, inside this transaction (rolled
     * back). One the database has without some of the entities' labels is set aside (renamed) and made again with
     * the labels of both, so that a default naming a new label can be sampled, and so can the database's own
     * defaults; ADD VALUE would not do, as PostgreSQL cannot use a label in the transaction that adds it. The
     * order of the labels does not change how a default or a check prints.
     */
    private static void createMissingEnumTypes(ScratchSession session, SchemaModel raw) throws SQLException {
        if (raw.enumTypes().isEmpty()) {
            return;
        }
        Map<QualifiedName, List<String>> liveLabels = liveLabels(session);
        for (EnumType type : raw.enumTypes()) {
            session.attempt("CREATE SCHEMA IF NOT EXISTS " + PostgresIdentifiers.quote(type.name().schema()));
            List<String> live = liveLabels.getOrDefault(type.name(), List.of());
            if (live.isEmpty()) {
                session.attempt(PostgresEnumDdl.createType(type));
            } else if (!live.containsAll(type.labels())) {
                List<String> both = new ArrayList<>(live);
                type.labels().stream().filter(label -> !live.contains(label)).forEach(both::add);
                String aside = PostgresNames.withSuffix(type.name().name(), "__retort_live");
                session.run("ALTER TYPE " + PostgresIdentifiers.qualified(type.name()) + " RENAME TO "
                        + PostgresIdentifiers.quote(aside));
                session.run(PostgresEnumDdl.createType(new EnumType(type.name(), both, false)));
            }
        }
    }

    /** The labels of every enum type the database has, in order, by type (one catalog query for all of them). */
    private static Map<QualifiedName, List<String>> liveLabels(ScratchSession session) throws SQLException {
        Map<QualifiedName, List<String>> labels = new HashMap<>();
        try (Statement query = session.connection().createStatement();
             ResultSet rows = query.executeQuery("select n.nspname, t.typname, e.enumlabel from pg_enum e"
                     + " join pg_type t on t.oid = e.enumtypid join pg_namespace n on n.oid = t.typnamespace"
                     + " order by n.nspname, t.typname, e.enumsortorder")) {
            while (rows.next()) {
                QualifiedName type = QualifiedName.of(rows.getString(1), rows.getString(2));
                labels.computeIfAbsent(type, name -> new ArrayList<>()).add(rows.getString(3));
            }
        }
        return labels;
    }


}
