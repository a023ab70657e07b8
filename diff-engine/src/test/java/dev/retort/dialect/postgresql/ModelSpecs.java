package dev.retort.dialect.postgresql;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Deferral;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random models as the entity scanner writes them (Hibernate's spellings, unnamed keys and checks), and random
 * edits of them, as jqwik arbitraries: a failing pair shrinks to fewer tables, columns and edits. Every model is one
 * PostgreSQL accepts.
 */
final class ModelSpecs {

    static final List<String> TYPES = List.of("integer", "bigint", "smallint", "varchar(40)", "varchar(255)", "text",
            "numeric(12,2)", "numeric(38,0)", "boolean", "date", "timestamp(6) with time zone", "timestamp(6)", "uuid",
            "jsonb", "float(53)", "real", "bytea", "char(1)", "time(6)");

    /** A column: its type, whether it takes NULL, a default and a comment. */
    record ColumnSpec(String name, String type, boolean nullable, boolean withDefault, boolean commented) {
        Column column() {
            return new Column(name, ColumnType.of(type), nullable, withDefault ? defaultFor(type) : null, Identity.NONE,
                    commented ? "about " + name : null);
        }
    }

    /** A table with an id key and, optionally, a unique first column, an index, a check, a foreign key. */
    record TableSpec(String name, List<ColumnSpec> columns, boolean unique, int indexed, boolean check,
                     String references, ReferentialAction onDelete, boolean commented) {

        Table table() {
            List<Column> all = new ArrayList<>();
            all.add(new Column("id", ColumnType.of("bigint"), false, null, Identity.NONE, null));
            columns.forEach(c -> all.add(c.column()));
            List<UniqueConstraint> uniques = unique && !columns.isEmpty()
                    ? List.of(UniqueConstraint.of(null, columns.get(0).name())) : List.of();
            List<Index> indexes = indexed >= 0 && indexed < columns.size()
                    ? List.of(Index.of("ix_" + name + "_" + columns.get(indexed).name(), false,
                    columns.get(indexed).name())) : List.of();
            List<CheckConstraint> checks = check ? List.of(CheckConstraint.of(null, "id > 0")) : List.of();
            List<ForeignKey> keys = List.of();
            if (references != null) {
                all.add(new Column("ref_id", ColumnType.of("bigint"), true, null, Identity.NONE, null));
                keys = List.of(new ForeignKey("fk_" + name + "_ref", List.of("ref_id"), ModelSpecs.name(references),
                        List.of("id"), onDelete, ReferentialAction.NO_ACTION, Deferral.NOT_DEFERRABLE));
            }
            return new Table(ModelSpecs.name(name), all, PrimaryKey.of(null, "id"), uniques, checks, keys, indexes,
                    commented ? "table " + name : null);
        }
    }

    /** A model: tables and one sequence whose increment may change. */
    record ModelSpec(List<TableSpec> tables, int increment) {
        SchemaModel model() {
            return new SchemaModel(List.of("public"), tables.stream().map(TableSpec::table).toList(),
                    List.of(Sequence.of(name("id_seq"), 1, increment)), List.of());
        }

        @Override
        public String toString() {
            return tables + " increment " + increment;
        }
    }

    private ModelSpecs() {
    }

    static QualifiedName name(String table) {
        return QualifiedName.of("public", table);
    }

    static String defaultFor(String type) {
        if (type.startsWith("varchar") || type.equals("text") || type.startsWith("char")) {
            return "'x'";
        }
        return switch (type) {
            case "boolean" -> "false";
            case "date" -> "CURRENT_DATE";
            case "timestamp(6) with time zone", "timestamp(6)" -> "CURRENT_TIMESTAMP";
            case "jsonb" -> "'{}'";
            case "uuid" -> "'00000000-0000-0000-0000-000000000000'";
            case "bytea" -> "'\\x00'";
            case "time(6)" -> "CURRENT_TIME";
            default -> "42";
        };
    }

    static Arbitrary<ModelSpec> models() {
        return Combinators.combine(tables().list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(1, 50))
                .as((tables, increment) -> new ModelSpec(named(tables), increment));
    }

    /** Tables get names t0, t1...; a foreign key may only reference an earlier table. */
    private static List<TableSpec> named(List<TableSpec> tables) {
        List<TableSpec> named = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            TableSpec t = tables.get(i);
            String references = t.references() == null || i == 0 ? null : "t" + (Math.abs(t.references().hashCode()) % i);
            named.add(new TableSpec("t" + i, t.columns(), t.unique(), t.indexed(), t.check(), references, t.onDelete(),
                    t.commented()));
        }
        return named;
    }

    private static Arbitrary<TableSpec> tables() {
        Arbitrary<List<ColumnSpec>> columns = columns().list().ofMinSize(1).ofMaxSize(4)
                .map(ModelSpecs::withColumnNames);
        return Combinators.combine(columns, Arbitraries.of(true, false), Arbitraries.integers().between(-1, 3),
                        Arbitraries.of(true, false), Arbitraries.just("ref").injectNull(0.5),
                        Arbitraries.of(ReferentialAction.values()), Arbitraries.of(true, false))
                .as((cols, unique, indexed, check, references, onDelete, commented) ->
                        new TableSpec("t", cols, unique, indexed, check, references, onDelete, commented));
    }

    static Arbitrary<ColumnSpec> columns() {
        return Combinators.combine(Arbitraries.of(TYPES), Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as((type, nullable, withDefault, commented) -> new ColumnSpec("c", type, nullable, withDefault,
                        commented));
    }

    private static List<ColumnSpec> withColumnNames(List<ColumnSpec> columns) {
        List<ColumnSpec> named = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec c = columns.get(i);
            named.add(new ColumnSpec("c" + i, c.type(), c.nullable(), c.withDefault(), c.commented()));
        }
        return named;
    }
}
