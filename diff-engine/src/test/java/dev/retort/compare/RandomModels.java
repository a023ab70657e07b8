package dev.retort.compare;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Deferral;
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
import java.util.List;
import java.util.Random;

/**
 * Seeded random models in canonical form (PostgreSQL spellings, every constraint named), and random edits of
 * them, for property tests. Every model it makes is one PostgreSQL accepts: foreign keys reference a primary
 * key, names are unique per schema.
 */
public final class RandomModels {

    static final List<String> TYPES = List.of("integer", "bigint", "text", "character varying(40)",
            "character varying(80)", "numeric(12,2)", "boolean", "date", "timestamp(6) with time zone", "uuid");
    static final List<String> DEFAULTS = List.of("0", "1", "42");

    private final Random random;

    public RandomModels(long seed) {
        this.random = new Random(seed);
    }

    public SchemaModel model() {
        List<String> schemas = random.nextInt(4) == 0 ? List.of("public", "extra") : List.of("public");
        List<Table> tables = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            tables.add(table(new QualifiedName(pick(schemas), "t" + i), tables));
        }
        List<Sequence> sequences = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            sequences.add(sequence(new QualifiedName("public", "s" + i)));
        }
        return new SchemaModel(schemas, tables, sequences, List.of());
    }

    /** A model derived from {@code base} by a few random edits, so that the two overlap as real versions do. */
    public SchemaModel edit(SchemaModel base) {
        List<Table> tables = new ArrayList<>(base.tables());
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int choice = random.nextInt(6);
            if (choice == 0 || tables.isEmpty()) {
                tables.add(table(new QualifiedName("public", "n" + e + "_" + random.nextInt(1000)), tables));
            } else if (choice == 1 && tables.size() > 1) {
                Table removed = tables.remove(random.nextInt(tables.size()));
                tables.replaceAll(t -> t.withForeignKeys(t.foreignKeys().stream()
                        .filter(fk -> !fk.referencedTable().equals(removed.name())).toList()));
            } else {
                int i = random.nextInt(tables.size());
                tables.set(i, editTable(tables.get(i), tables));
            }
        }
        List<Sequence> sequences = new ArrayList<>(base.sequences());
        if (random.nextBoolean() && !sequences.isEmpty()) {
            sequences.set(0, sequences.get(0).withIncrement(sequences.get(0).increment() == 50 ? 1 : 50));
        } else if (random.nextBoolean()) {
            sequences.add(sequence(new QualifiedName("public", "s" + (10 + random.nextInt(50)))));
        }
        List<String> schemas = new ArrayList<>(base.schemas());
        tables.stream().map(t -> t.name().schema()).filter(s -> !schemas.contains(s)).forEach(schemas::add);
        return new SchemaModel(schemas, tables, sequences.stream().distinct().toList(), List.of());
    }

    /** A random edit and the renames declared for it. */
    public record Edit(SchemaModel model, Renames renames) {
    }

    /**
     * {@link #edit} and then, now and then, a table renamed (with the names of its keys and indexes that follow its
     * name, and every foreign key that references it) and a column renamed, with the hints that declare them.
     */
    public Edit editRenaming(SchemaModel base) {
        SchemaModel edited = edit(base);
        Random renaming = new Random(random.nextLong());
        List<Renames.TableRename> tableRenames = new ArrayList<>();
        List<Renames.ColumnRename> columnRenames = new ArrayList<>();
        List<Table> kept = edited.tables().stream().filter(t -> base.table(t.name()).isPresent()).toList();
        if (!kept.isEmpty() && renaming.nextBoolean()) {
            Table table = kept.get(renaming.nextInt(kept.size()));
            QualifiedName renamed = new QualifiedName(table.name().schema(), table.name().name() + "_r");
            edited = renamedTable(edited, table, renamed);
            tableRenames.add(new Renames.TableRename(table.name(), renamed.name(), table.name() + "=" + renamed.name()));
        }
        for (Table table : edited.tables()) {
            QualifiedName before = tableRenames.stream().filter(r -> r.target().equals(table.name())).findFirst()
                    .map(Renames.TableRename::from).orElse(table.name());
            List<Column> shared = table.columns().stream().filter(c -> !c.name().equals("id")
                    && !c.name().equals("ref_id") && base.table(before).flatMap(t -> t.column(c.name())).isPresent())
                    .toList();
            if (!shared.isEmpty() && renaming.nextInt(3) == 0) {
                String column = shared.get(renaming.nextInt(shared.size())).name();
                edited = renamedColumn(edited, table.name(), column, column + "_r");
                columnRenames.add(new Renames.ColumnRename(table.name(), column, column + "_r",
                        table.name() + "." + column + "=" + column + "_r"));
            }
        }
        return new Edit(edited, new Renames(tableRenames, columnRenames));
    }

    private static SchemaModel renamedTable(SchemaModel model, Table table, QualifiedName renamed) {
        String oldPrefix = table.name().name() + "_";
        String newPrefix = renamed.name() + "_";
        java.util.function.UnaryOperator<String> follow = n -> n.startsWith(oldPrefix)
                ? newPrefix + n.substring(oldPrefix.length()) : n;
        PrimaryKey pk = table.primaryKey();
        Table moved = table.withName(renamed)
                .withPrimaryKey(pk == null ? null : pk.withName(follow.apply(pk.name())))
                .withUniqueConstraints(table.uniqueConstraints().stream().map(u -> u.withName(follow.apply(u.name())))
                        .toList())
                .withIndexes(table.indexes().stream().map(i -> i.withName(follow.apply(i.name()))).toList());
        return model.withTables(model.tables().stream().map(t -> t == table ? moved : t)
                .map(t -> t.withForeignKeys(t.foreignKeys().stream().map(fk -> fk.referencedTable()
                        .equals(table.name()) ? new ForeignKey(fk.name(), fk.columns(), renamed, fk.referencedColumns(),
                        fk.onDelete(), fk.onUpdate(), fk.deferral()) : fk).toList())).toList());
    }

    private static SchemaModel renamedColumn(SchemaModel model, QualifiedName table, String from, String to) {
        java.util.function.Function<List<String>, List<String>> rename = names -> names.stream()
                .map(n -> n.equals(from) ? to : n).toList();
        return model.withTables(model.tables().stream().map(t -> !t.name().equals(table) ? t : t
                .withColumns(t.columns().stream().map(c -> !c.name().equals(from) ? c : new Column(to, c.type(),
                        c.nullable(), c.defaultExpression(), c.identity(), c.comment())).toList())
                .withUniqueConstraints(t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(),
                        rename.apply(u.columns()))).toList())
                .withForeignKeys(t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(),
                        rename.apply(fk.columns()), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(),
                        fk.onUpdate(), fk.deferral())).toList())
                .withIndexes(t.indexes().stream().map(i -> new Index(i.name(), i.keys().stream()
                        .map(k -> from.equals(k.column()) ? new IndexKey(to, null, k.descending(), k.nullsFirst()) : k)
                        .toList(), i.unique(), i.method(), i.predicate())).toList())).toList());
    }

    private Table editTable(Table table, List<Table> others) {
        List<Column> columns = new ArrayList<>(table.columns());
        if (columns.size() == 1) {
            return table.withColumns(append(columns, column("c9")));
        }
        int pick = 1 + random.nextInt(columns.size() - 1);
        Column column = columns.get(pick);
        Table edited = table;
        switch (random.nextInt(7)) {
            case 0 -> edited = dropColumn(table, column.name());
            case 1 -> columns.add(column("c" + (20 + random.nextInt(50))));
            // A foreign key column keeps its type: the referenced key's type is not edited with it.
            case 2 -> columns.set(pick, column.name().equals("ref_id") ? column
                    : column.withType(ColumnType.of(pick(TYPES))).withDefault(null));
            case 3 -> columns.set(pick, column.withNullable(!column.nullable()));
            case 4 -> columns.set(pick, column.withComment(column.comment() == null ? "note" : null));
            case 5 -> edited = withIndex(table, Index.of(table.name().name() + "_ix_" + column.name(),
                    random.nextBoolean(), column.name()));
            default -> edited = table.withComment(table.comment() == null ? "about " + table.name().name() : null);
        }
        if (edited == table) {
            edited = table.withColumns(columns.stream().distinct().filter(distinctNames(columns)).toList());
        }
        return edited;
    }

    private static Table withIndex(Table table, Index index) {
        boolean taken = table.indexes().stream().anyMatch(i -> i.name().equals(index.name()));
        return taken ? table : table.withIndexes(append(table.indexes(), index));
    }

    private static java.util.function.Predicate<Column> distinctNames(List<Column> columns) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return c -> seen.add(c.name());
    }

    private static Table dropColumn(Table table, String name) {
        return table.withColumns(table.columns().stream().filter(c -> !c.name().equals(name)).toList())
                .withUniqueConstraints(table.uniqueConstraints().stream().filter(u -> !u.columns().contains(name)).toList())
                .withChecks(table.checks().stream().filter(c -> !c.columns().contains(name)).toList())
                .withForeignKeys(table.foreignKeys().stream().filter(f -> !f.columns().contains(name)).toList())
                .withIndexes(table.indexes().stream().filter(i -> !i.columns().contains(name)).toList());
    }

    private Table table(QualifiedName name, List<Table> existing) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", ColumnType.of("bigint"), false, null,
                random.nextBoolean() ? Identity.BY_DEFAULT : Identity.NONE, null));
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            columns.add(column("c" + i));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        String base = name.name();
        if (random.nextBoolean()) {
            uniques.add(UniqueConstraint.of(base + "_c0_key", "c0"));
        }
        if (random.nextInt(3) == 0) {
            checks.add(new CheckConstraint(base + "_id_check", "((id > 0))", List.of("id")));
        }
        if (!existing.isEmpty() && random.nextBoolean()) {
            Table target = existing.get(random.nextInt(existing.size()));
            columns.add(new Column("ref_id", ColumnType.of("bigint"), random.nextBoolean(), null, Identity.NONE, null));
            ReferentialAction onDelete = pick(List.of(ReferentialAction.values()));
            fks.add(new ForeignKey("fk_" + base + "_ref", List.of("ref_id"), target.name(), List.of("id"), onDelete,
                    ReferentialAction.NO_ACTION, Deferral.NOT_DEFERRABLE));
        }
        if (random.nextBoolean()) {
            indexes.add(new Index(base + "_c0_idx", List.of(IndexKey.column("c0", random.nextBoolean())),
                    false, "btree", null));
        }
        return new Table(name, columns, PrimaryKey.of(base + "_pkey", "id"), uniques, checks, fks, indexes,
                random.nextInt(3) == 0 ? "table " + base : null);
    }

    private Column column(String name) {
        String type = pick(TYPES);
        String defaultValue = type.equals("integer") && random.nextBoolean() ? pick(DEFAULTS) : null;
        return new Column(name, ColumnType.of(type), random.nextBoolean(), defaultValue, Identity.NONE,
                random.nextInt(4) == 0 ? "about " + name : null);
    }

    private Sequence sequence(QualifiedName name) {
        return new Sequence(name, "bigint", 1L, random.nextBoolean() ? 50 : 1, 1L, Long.MAX_VALUE, 1L, false);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> List<T> append(List<T> values, T value) {
        List<T> copy = new ArrayList<>(values);
        copy.add(value);
        return copy;
    }
}
