package dev.retort.dialect.postgresql;

import dev.retort.dialect.postgresql.ModelSpecs.ColumnSpec;
import dev.retort.dialect.postgresql.ModelSpecs.ModelSpec;
import dev.retort.dialect.postgresql.ModelSpecs.TableSpec;
import dev.retort.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One edit of a model, as a developer makes them to entities: add or drop a table or column, change a type,
 * nullability, default, comment, index, unique key, check, foreign key or its ON DELETE, a sequence's increment.
 * Its numbers pick the table and column modulo what exists, so an edit applies to any model and shrinks well.
 */
record ModelEdits(int kind, int table, int column, int value) {

    private static final int KINDS = 15;

    static Arbitrary<List<ModelEdits>> lists() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 50);
        return Combinators.combine(Arbitraries.integers().between(0, KINDS - 1), small, small, small)
                .as(ModelEdits::new).list().ofMinSize(1).ofMaxSize(5);
    }

    static ModelSpec applyAll(ModelSpec model, List<ModelEdits> edits) {
        ModelSpec edited = model;
        for (ModelEdits edit : edits) {
            edited = edit.apply(edited);
        }
        return edited;
    }

    ModelSpec apply(ModelSpec model) {
        List<TableSpec> tables = new ArrayList<>(model.tables());
        if (kind == 0 || tables.isEmpty()) {
            tables.add(newTable(tables.size()));
            return new ModelSpec(tables, model.increment());
        }
        if (kind == 14) {
            return new ModelSpec(tables, model.increment() == 50 ? 1 : 50);
        }
        int t = table % tables.size();
        TableSpec spec = tables.get(t);
        if (kind == 1) {
            if (tables.size() > 1) {
                TableSpec dropped = tables.remove(t);
                tables.replaceAll(other -> dropped.name().equals(other.references()) ? withReference(other, null) : other);
            }
            return new ModelSpec(tables, model.increment());
        }
        tables.set(t, edit(spec, tables));
        return new ModelSpec(tables, model.increment());
    }

    private TableSpec edit(TableSpec spec, List<TableSpec> tables) {
        List<ColumnSpec> columns = new ArrayList<>(spec.columns());
        int c = column % columns.size();
        ColumnSpec col = columns.get(c);
        switch (kind) {
            case 2 -> columns.add(new ColumnSpec("n" + value, pick(value), value % 2 == 0, false, false));
            case 3 -> {
                if (columns.size() > 1) {
                    columns.remove(c);
                }
            }
            case 4 -> columns.set(c, new ColumnSpec(col.name(), pick(value), col.nullable(), false, col.commented()));
            case 5 -> columns.set(c, new ColumnSpec(col.name(), col.type(), !col.nullable(), col.withDefault(),
                    col.commented()));
            case 6 -> columns.set(c, new ColumnSpec(col.name(), col.type(), col.nullable(), !col.withDefault(),
                    col.commented()));
            case 7 -> columns.set(c, new ColumnSpec(col.name(), col.type(), col.nullable(), col.withDefault(),
                    !col.commented()));
            case 8 -> {
                return with(spec, distinctNames(columns), spec.unique(), spec.indexed() == c ? -1 : c, spec.check(),
                        spec.commented());
            }
            case 9 -> {
                return with(spec, distinctNames(columns), !spec.unique(), spec.indexed(), spec.check(),
                        spec.commented());
            }
            case 10 -> {
                return with(spec, distinctNames(columns), spec.unique(), spec.indexed(), !spec.check(),
                        spec.commented());
            }
            case 11 -> {
                int position = tables.indexOf(spec);
                String target = spec.references() != null || position == 0 ? null
                        : tables.get(value % position).name();
                return withReference(spec, target);
            }
            case 12 -> {
                ReferentialAction[] actions = ReferentialAction.values();
                return new TableSpec(spec.name(), columns, spec.unique(), spec.indexed(), spec.check(),
                        spec.references(), actions[value % actions.length], spec.commented());
            }
            default -> {
                return with(spec, columns, spec.unique(), spec.indexed(), spec.check(), !spec.commented());
            }
        }
        return with(spec, distinctNames(columns), spec.unique(), spec.indexed(), spec.check(), spec.commented());
    }

    private static TableSpec with(TableSpec spec, List<ColumnSpec> columns, boolean unique, int indexed,
                                  boolean check, boolean commented) {
        return new TableSpec(spec.name(), columns, unique, indexed, check, spec.references(), spec.onDelete(),
                commented);
    }

    private static TableSpec withReference(TableSpec spec, String target) {
        return new TableSpec(spec.name(), spec.columns(), spec.unique(), spec.indexed(), spec.check(), target,
                spec.onDelete(), spec.commented());
    }

    /** A column added twice under one name keeps its first definition. */
    private static List<ColumnSpec> distinctNames(List<ColumnSpec> columns) {
        List<ColumnSpec> distinct = new ArrayList<>();
        for (ColumnSpec column : columns) {
            if (distinct.stream().noneMatch(c -> c.name().equals(column.name()))) {
                distinct.add(column);
            }
        }
        return distinct;
    }

    private TableSpec newTable(int position) {
        return new TableSpec("t" + (50 + value + position * 100), List.of(new ColumnSpec("c0", pick(value), true,
                false, false)), false, -1, false, null, ReferentialAction.NO_ACTION, false);
    }

    private static String pick(int value) {
        return ModelSpecs.TYPES.get(value % ModelSpecs.TYPES.size());
    }
}
