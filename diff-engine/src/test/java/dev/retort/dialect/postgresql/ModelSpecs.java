package dev.retort.dialect.postgresql;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Deferral;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random models as the entity scanner writes them (Hibernate's spellings, constraints unnamed or named), and random
 * edits of them, as jqwik arbitraries: a failing pair shrinks to fewer tables, columns and edits. Every model is one
 * PostgreSQL accepts: constraints and indexes name their columns by position (modulo what the table has, so an edit
 * that drops a column never leaves one dangling), a foreign key references the primary key of an earlier table, and
 * a column of the enum type falls back to text while the model has no such type.
 */
final class ModelSpecs {

    /** The second schema tables, sequences and the enum type may live in. */
    static final String OTHER_SCHEMA = "s2";
    static final List<String> SCHEMAS = List.of("public", OTHER_SCHEMA);

    /** The enum type's name, and the column types that use it (see {@link EnumSpec}). */
    static final String MOOD = "mood";

    static final List<String> TYPES = List.of("integer", "bigint", "smallint", "varchar(40)", "varchar(255)", "text",
            "numeric(12,2)", "numeric(38,0)", "boolean", "date", "timestamp(6) with time zone", "timestamp(6)", "uuid",
            "jsonb", "float(53)", "real", "bytea", "char(1)", "time(6)", "varchar(8)", "numeric(10,4)", "integer[]",
            "text[]", "interval", MOOD, MOOD + "[]");

    /** Names that only work quoted: PostgreSQL's reserved words, and names with upper case letters. */
    static final List<String> RESERVED_WORDS = List.of("order", "user", "select", "check", "group", "default");

    /** Labels for the enum type, one of them with a quote, one in mixed case. */
    static final List<String> LABELS = List.of("happy", "sad", "it's", "Meh", "angry");

    /** How a table or column is named: plainly, in mixed case, or as a reserved word. */
    enum Naming {
        PLAIN, MIXED_CASE, RESERVED;

        String name(String prefix, int position) {
            return switch (this) {
                case PLAIN -> prefix + position;
                case MIXED_CASE -> prefix.toUpperCase() + position + "x";
                case RESERVED -> RESERVED_WORDS.get(position % RESERVED_WORDS.size()) + (position < RESERVED_WORDS.size() ? ""
                        : position);
            };
        }
    }

    /** The enum type: its schema, labels in order, and whether Hibernate's varchar casts come with it. */
    record EnumSpec(String schema, List<String> labels, boolean varcharCasts) {
        EnumType type() {
            return new EnumType(QualifiedName.of(schema, MOOD), labels, varcharCasts);
        }

        /** The type as a column names it: schema-qualified unless in public, as a developer would write it. */
        String columnType(String type) {
            return schema.equals("public") ? type : schema + "." + type;
        }
    }

    /** A column: its type, whether it takes NULL, which default (-1 for none) and a comment. */
    record ColumnSpec(String name, String type, boolean nullable, int defaultChoice, boolean commented) {
        static final int NO_DEFAULT = -1;

        /**
         * A column of the enum type gets no default: a default naming a label that the same plan removes, or adds in
         * place (PostgreSQL refuses a label added in the transaction that uses it), is an open issue of retort's.
         */
        Column column(EnumSpec mood) {
            String resolved = resolvedType(mood);
            boolean ofEnumType = mood != null && type.startsWith(MOOD);
            return new Column(name, ColumnType.of(resolved), nullable,
                    defaultChoice == NO_DEFAULT || ofEnumType ? null : defaultFor(type, defaultChoice),
                    Identity.NONE, commented ? "about " + name + ", it's commented" : null);
        }

        /** The enum type, when the model has it; text otherwise. */
        String resolvedType(EnumSpec mood) {
            if (!type.startsWith(MOOD)) {
                return type;
            }
            return mood == null ? type.replace(MOOD, "text") : mood.columnType(type);
        }

        ColumnSpec withType(String newType) {
            return new ColumnSpec(name, newType, nullable, NO_DEFAULT, commented);
        }

        ColumnSpec withNullable(boolean newNullable) {
            return new ColumnSpec(name, type, newNullable, defaultChoice, commented);
        }

        ColumnSpec withDefault(int newDefault) {
            return new ColumnSpec(name, type, nullable, newDefault, commented);
        }

        ColumnSpec withCommented(boolean newCommented) {
            return new ColumnSpec(name, type, nullable, defaultChoice, newCommented);
        }
    }

    /**
     * Columns named by their positions in the table's column list, taken modulo its size and without repeats, so
     * the key survives every edit of the columns.
     */
    record Positions(List<Integer> positions) {
        List<String> of(List<ColumnSpec> columns) {
            Set<String> names = new LinkedHashSet<>();
            positions.forEach(p -> names.add(columns.get(p % columns.size()).name()));
            return List.copyOf(names);
        }
    }

    /** A unique constraint over some columns, named by the entities or left to PostgreSQL. */
    record UniqueSpec(Positions columns, boolean named) {
        UniqueConstraint constraint(String table, List<ColumnSpec> all) {
            List<String> names = columns.of(all);
            return new UniqueConstraint(named ? "uq_" + table + "_" + String.join("_", names) : null, names);
        }
    }

    /** An index over some columns (their order matters), maybe unique, its first key maybe descending. */
    record IndexSpec(Positions columns, boolean unique, boolean descending, boolean quotedName) {
        Index index(String table, List<ColumnSpec> all) {
            List<String> names = columns.of(all);
            List<IndexKey> keys = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                keys.add(IndexKey.column(names.get(i), descending && i == 0));
            }
            String name = quotedName ? "Ix " + table + " " + String.join(" ", names)
                    : "ix_" + table + "_" + String.join("_", names);
            return new Index(name, keys, unique, "btree", null);
        }
    }

    /** A check on the id, one of a few expressions PostgreSQL prints differently from how they are written. */
    record CheckSpec(int expression, boolean named) {
        static final List<String> EXPRESSIONS = List.of("id > 0", "id <> 42", "id between 1 and 1000000",
                "id in (1, 2, 3) or id > 10");

        CheckConstraint constraint(String table) {
            return CheckConstraint.of(named ? "ck_" + table : null, EXPRESSIONS.get(expression % EXPRESSIONS.size()));
        }

        CheckSpec withExpression(int newExpression) {
            return new CheckSpec(newExpression, named);
        }
    }

    /** A foreign key from a column ref_id to the id of another table, with its rules. */
    record ReferenceSpec(String target, ReferentialAction onDelete, ReferentialAction onUpdate, Deferral deferral,
                         boolean named) {
        ForeignKey key(String table, QualifiedName targetName) {
            return new ForeignKey(named ? "fk_" + table + "_ref" : null, List.of("ref_id"), targetName, List.of("id"),
                    onDelete, onUpdate, deferral);
        }

        ReferenceSpec withTarget(String newTarget) {
            return new ReferenceSpec(newTarget, onDelete, onUpdate, deferral, named);
        }

        ReferenceSpec withRules(ReferentialAction newOnDelete, ReferentialAction newOnUpdate, Deferral newDeferral) {
            return new ReferenceSpec(target, newOnDelete, newOnUpdate, newDeferral, named);
        }

        ReferenceSpec withNamed(boolean newNamed) {
            return new ReferenceSpec(target, onDelete, onUpdate, deferral, newNamed);
        }
    }

    /**
     * A table with an id key (maybe an identity column) and, each optional ({@code null} when absent), a unique
     * constraint, an index, a check and a foreign key. Table names are unique across schemas, so a foreign key
     * names its target without a schema.
     */
    record TableSpec(String name, String schema, Identity idIdentity, List<ColumnSpec> columns, UniqueSpec unique,
                     IndexSpec index, CheckSpec check, ReferenceSpec reference, boolean commented) {

        Table table(EnumSpec mood, List<TableSpec> all) {
            List<Column> columnsOfTable = new ArrayList<>();
            columnsOfTable.add(new Column("id", ColumnType.of("bigint"), false, null, idIdentity, null));
            columns.forEach(c -> columnsOfTable.add(c.column(mood)));
            List<ForeignKey> keys = List.of();
            if (reference != null) {
                columnsOfTable.add(new Column("ref_id", ColumnType.of("bigint"), true, null, Identity.NONE, null));
                String targetSchema = all.stream().filter(t -> t.name().equals(reference.target())).findFirst()
                        .orElseThrow().schema();
                keys = List.of(reference.key(name, QualifiedName.of(targetSchema, reference.target())));
            }
            return new Table(qualifiedName(), columnsOfTable, PrimaryKey.of(null, "id"),
                    unique == null ? List.of() : List.of(unique.constraint(name, columns)),
                    check == null ? List.of() : List.of(check.constraint(name)), keys,
                    index == null ? List.of() : List.of(index.index(name, columns)),
                    commented ? "table " + name + ", it's commented" : null);
        }

        QualifiedName qualifiedName() {
            return QualifiedName.of(schema, name);
        }

        TableSpec withSchema(String newSchema) {
            return new TableSpec(name, newSchema, idIdentity, columns, unique, index, check, reference, commented);
        }

        TableSpec withIdIdentity(Identity newIdentity) {
            return new TableSpec(name, schema, newIdentity, columns, unique, index, check, reference, commented);
        }

        TableSpec withColumns(List<ColumnSpec> newColumns) {
            return new TableSpec(name, schema, idIdentity, newColumns, unique, index, check, reference, commented);
        }

        TableSpec withUnique(UniqueSpec newUnique) {
            return new TableSpec(name, schema, idIdentity, columns, newUnique, index, check, reference, commented);
        }

        TableSpec withIndex(IndexSpec newIndex) {
            return new TableSpec(name, schema, idIdentity, columns, unique, newIndex, check, reference, commented);
        }

        TableSpec withCheck(CheckSpec newCheck) {
            return new TableSpec(name, schema, idIdentity, columns, unique, index, newCheck, reference, commented);
        }

        TableSpec withReference(ReferenceSpec newReference) {
            return new TableSpec(name, schema, idIdentity, columns, unique, index, check, newReference, commented);
        }

        TableSpec withCommented(boolean newCommented) {
            return new TableSpec(name, schema, idIdentity, columns, unique, index, check, reference, newCommented);
        }
    }

    /** A standalone sequence, as JPA's generators declare them (the cache left to PostgreSQL when null). */
    record SequenceSpec(String name, String schema, long start, long increment, Long cache) {
        Sequence sequence() {
            return new Sequence(QualifiedName.of(schema, name), null, start, increment, null, null, cache, false);
        }
    }

    /** A model: tables, sequences and maybe the enum type ({@code null} when absent). */
    record ModelSpec(List<TableSpec> tables, List<SequenceSpec> sequences, EnumSpec mood) {
        SchemaModel model() {
            Set<String> schemas = new TreeSet<>(List.of("public"));
            tables.forEach(t -> schemas.add(t.schema()));
            sequences.forEach(s -> schemas.add(s.schema()));
            if (mood != null) {
                schemas.add(mood.schema());
            }
            return new SchemaModel(List.copyOf(schemas), tables.stream().map(t -> t.table(mood, tables)).toList(),
                    sequences.stream().map(SequenceSpec::sequence).toList(), List.of(),
                    mood == null ? List.of() : List.of(mood.type()), List.of());
        }

        ModelSpec withTables(List<TableSpec> newTables) {
            return new ModelSpec(newTables, sequences, mood);
        }

        ModelSpec withSequences(List<SequenceSpec> newSequences) {
            return new ModelSpec(tables, newSequences, mood);
        }

        ModelSpec withMood(EnumSpec newMood) {
            return new ModelSpec(tables, sequences, newMood);
        }

        @Override
        public String toString() {
            return tables + " sequences " + sequences + " enum " + mood;
        }
    }

    private ModelSpecs() {
    }

    /** One of a few defaults for the type, as an entity's columnDefinition or @ColumnDefault would spell it. */
    static String defaultFor(String type, int choice) {
        List<String> choices = defaultsFor(type);
        return choices.get(choice % choices.size());
    }

    private static List<String> defaultsFor(String type) {
        if (type.endsWith("[]")) {
            return List.of("'{}'");
        }
        if (type.startsWith("varchar") || type.equals("text")) {
            return List.of("'x'", "'it''s'", "''", "'-1'");
        }
        return switch (type) {
            case "char(1)" -> List.of("'x'", "' '");
            case "boolean" -> List.of("false", "true");
            case "date" -> List.of("CURRENT_DATE", "'2020-02-29'");
            case "timestamp(6) with time zone" -> List.of("CURRENT_TIMESTAMP", "now()", "'2020-01-01 00:00:00+00'");
            case "timestamp(6)" -> List.of("CURRENT_TIMESTAMP", "LOCALTIMESTAMP");
            case "jsonb" -> List.of("'{}'", "'[1, \"a''b\"]'");
            case "uuid" -> List.of("'00000000-0000-0000-0000-000000000000'", "gen_random_uuid()");
            case "bytea" -> List.of("'\\x00'");
            case "time(6)" -> List.of("CURRENT_TIME", "'12:00'");
            case "interval" -> List.of("'1 day'", "'-2 hours'");
            case "numeric(12,2)", "numeric(10,4)", "float(53)", "real" -> List.of("42", "-1.5", "0.25");
            default -> List.of("42", "-1", "(-7)", "0");
        };
    }

    static Arbitrary<ModelSpec> models() {
        Arbitrary<SequenceSpec> sequence = Combinators.combine(Arbitraries.of(SCHEMAS), Arbitraries.of(1L, 100L),
                        Arbitraries.of(1L, 50L), Arbitraries.of(1L, 20L).injectNull(0.5))
                .as((schema, start, increment, cache) -> new SequenceSpec("id_seq", schema, start, increment, cache));
        Arbitrary<List<SequenceSpec>> sequences = sequence.list().ofMaxSize(2).map(ModelSpecs::withSequenceNames);
        return Combinators.combine(tables().list().ofMinSize(1).ofMaxSize(4), sequences, enums().injectNull(0.5))
                .as((tables, sequenceList, mood) -> new ModelSpec(named(tables), sequenceList, mood));
    }

    private static Arbitrary<EnumSpec> enums() {
        return Combinators.combine(Arbitraries.of(SCHEMAS),
                        Arbitraries.of(LABELS).list().ofMinSize(1).ofMaxSize(4).uniqueElements(),
                        Arbitraries.of(true, false))
                .as(EnumSpec::new);
    }

    private static List<SequenceSpec> withSequenceNames(List<SequenceSpec> sequences) {
        List<SequenceSpec> named = new ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            SequenceSpec s = sequences.get(i);
            named.add(new SequenceSpec(i == 0 ? "id_seq" : "Seq " + i, s.schema(), s.start(), s.increment(),
                    s.cache()));
        }
        return named;
    }

    /** Tables get names by position (t0, T1x, user...); a foreign key may only reference an earlier table. */
    private static List<TableSpec> named(List<TableSpec> tables) {
        List<TableSpec> named = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            TableSpec t = tables.get(i);
            ReferenceSpec reference = t.reference() == null || i == 0 ? null
                    : t.reference().withTarget(named.get(Math.abs(t.reference().target().hashCode()) % i).name());
            named.add(new TableSpec(Naming.valueOf(t.name()).name("t", i), t.schema(), t.idIdentity(), t.columns(),
                    t.unique(), t.index(), t.check(), reference, t.commented()));
        }
        return named;
    }

    private static Arbitrary<TableSpec> tables() {
        Arbitrary<TableSpec> bare = Combinators.combine(Arbitraries.of(Naming.values()).map(Naming::name),
                        Arbitraries.of(SCHEMAS), Arbitraries.of(Identity.values()), Arbitraries.of(true, false))
                .as((naming, schema, identity, commented) -> new TableSpec(naming, schema, identity, List.of(), null,
                        null, null, null, commented));
        Arbitrary<List<ColumnSpec>> columns = columns().list().ofMinSize(1).ofMaxSize(4)
                .map(ModelSpecs::withColumnNames);
        return Combinators.combine(bare, columns, uniques().injectNull(0.5), indexes().injectNull(0.5),
                        checks().injectNull(0.5), references().injectNull(0.5))
                .as((table, cols, unique, index, check, reference) -> table.withColumns(cols).withUnique(unique)
                        .withIndex(index).withCheck(check).withReference(reference));
    }

    static Arbitrary<Positions> positions() {
        return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(3).map(Positions::new);
    }

    static Arbitrary<UniqueSpec> uniques() {
        return Combinators.combine(positions(), Arbitraries.of(true, false)).as(UniqueSpec::new);
    }

    static Arbitrary<IndexSpec> indexes() {
        return Combinators.combine(positions(), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(IndexSpec::new);
    }

    static Arbitrary<CheckSpec> checks() {
        return Combinators.combine(Arbitraries.integers().between(0, CheckSpec.EXPRESSIONS.size() - 1),
                Arbitraries.of(true, false)).as(CheckSpec::new);
    }

    /** The target is a placeholder that {@link #named} turns into an earlier table. */
    static Arbitrary<ReferenceSpec> references() {
        return Combinators.combine(Arbitraries.strings().alpha().ofLength(2), Arbitraries.of(ReferentialAction.values()),
                Arbitraries.of(ReferentialAction.values()), Arbitraries.of(Deferral.values()),
                Arbitraries.of(true, false)).as(ReferenceSpec::new);
    }

    static Arbitrary<ColumnSpec> columns() {
        return Combinators.combine(Arbitraries.of(Naming.values()).map(Naming::name), Arbitraries.of(TYPES),
                        Arbitraries.of(true, false), Arbitraries.integers().between(ColumnSpec.NO_DEFAULT, 3),
                        Arbitraries.of(true, false))
                .as(ColumnSpec::new);
    }

    /** Columns get names by position (c0, C1x, select...). */
    private static List<ColumnSpec> withColumnNames(List<ColumnSpec> columns) {
        List<ColumnSpec> named = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec c = columns.get(i);
            named.add(new ColumnSpec(Naming.valueOf(c.name()).name("c", i), c.type(), c.nullable(),
                    c.defaultChoice(), c.commented()));
        }
        return named;
    }
}
