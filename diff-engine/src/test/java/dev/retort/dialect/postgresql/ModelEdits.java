package dev.retort.dialect.postgresql;

import dev.retort.dialect.postgresql.ModelSpecs.CheckSpec;
import dev.retort.dialect.postgresql.ModelSpecs.ColumnSpec;
import dev.retort.dialect.postgresql.ModelSpecs.EnumSpec;
import dev.retort.dialect.postgresql.ModelSpecs.IndexSpec;
import dev.retort.dialect.postgresql.ModelSpecs.ModelSpec;
import dev.retort.dialect.postgresql.ModelSpecs.Positions;
import dev.retort.dialect.postgresql.ModelSpecs.ReferenceSpec;
import dev.retort.dialect.postgresql.ModelSpecs.SequenceSpec;
import dev.retort.dialect.postgresql.ModelSpecs.TableSpec;
import dev.retort.dialect.postgresql.ModelSpecs.UniqueSpec;
import dev.retort.schema.Deferral;
import dev.retort.schema.Identity;
import dev.retort.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One edit of a model, as a developer makes them to entities: add or drop a table or column, move a table to the
 * other schema, change a type, nullability, default, comment, the id's identity, an index (its columns, their
 * order, uniqueness), a unique key, a check, a foreign key or its rules, a constraint's or index's name, a sequence
 * (added, dropped, start, increment, cache), the enum type (created, dropped, labels added, removed or reordered,
 * its varchar casts). Its numbers pick the table and column modulo what exists, so an edit applies to any model and
 * shrinks well.
 */
record ModelEdits(int kind, int table, int column, int value) {

    private static final int KINDS = 23;

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
            return model.withTables(tables);
        }
        switch (kind) {
            case 14 -> {
                return model.withSequences(editSequence(model.sequences()));
            }
            case 15 -> {
                return model.withSequences(addOrDropSequence(model.sequences()));
            }
            case 17, 18, 19, 21 -> {
                return model.withMood(editMood(model.mood()));
            }
            default -> {
            }
        }
        int t = table % tables.size();
        if (kind == 1) {
            if (tables.size() > 1) {
                TableSpec dropped = tables.remove(t);
                tables.replaceAll(other -> other.reference() != null
                        && dropped.name().equals(other.reference().target()) ? other.withReference(null) : other);
            }
            return model.withTables(tables);
        }
        tables.set(t, edit(tables.get(t), t, tables));
        return model.withTables(tables);
    }

    private TableSpec edit(TableSpec spec, int position, List<TableSpec> tables) {
        List<ColumnSpec> columns = new ArrayList<>(spec.columns());
        int c = column % columns.size();
        ColumnSpec col = columns.get(c);
        switch (kind) {
            case 2 -> columns.add(new ColumnSpec("n" + value, pick(value), value % 2 == 0, ColumnSpec.NO_DEFAULT,
                    false));
            case 3 -> {
                if (columns.size() > 1) {
                    columns.remove(c);
                }
            }
            case 4 -> columns.set(c, col.withType(pick(value)));
            case 5 -> columns.set(c, col.withNullable(!col.nullable()));
            case 6 -> columns.set(c, col.withDefault(col.defaultChoice() == ColumnSpec.NO_DEFAULT ? value % 4
                    : value % 2 == 0 ? ColumnSpec.NO_DEFAULT : col.defaultChoice() + 1));
            case 7 -> columns.set(c, col.withCommented(!col.commented()));
            case 8 -> {
                return spec.withIndex(editIndex(spec.index(), c));
            }
            case 9 -> {
                return spec.withUnique(editUnique(spec.unique(), c));
            }
            case 10 -> {
                return spec.withCheck(spec.check() == null ? new CheckSpec(value, value % 2 == 0)
                        : value % 2 == 0 ? null : spec.check().withExpression(spec.check().expression() + 1));
            }
            case 11 -> {
                String target = spec.reference() != null || position == 0 ? null
                        : tables.get(value % position).name();
                return spec.withReference(target == null ? null : new ReferenceSpec(target,
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, Deferral.NOT_DEFERRABLE,
                        value % 2 == 0));
            }
            case 12 -> {
                ReferentialAction[] actions = ReferentialAction.values();
                Deferral[] deferrals = Deferral.values();
                return spec.reference() == null ? spec : spec.withReference(spec.reference().withRules(
                        actions[value % actions.length], actions[(value / actions.length) % actions.length],
                        deferrals[(value / 7) % deferrals.length]));
            }
            case 16 -> {
                Identity[] identities = Identity.values();
                return spec.withIdIdentity(identities[(spec.idIdentity().ordinal() + 1 + value % 2) % 3]);
            }
            case 20 -> {
                return spec.withSchema(spec.schema().equals("public") ? ModelSpecs.OTHER_SCHEMA : "public");
            }
            case 22 -> {
                return rename(spec);
            }
            default -> {
                return spec.withCommented(!spec.commented());
            }
        }
        return spec.withColumns(distinctNames(columns));
    }

    /** Adds an index on the column and another, or drops it, reverses its columns, toggles uniqueness or DESC. */
    private IndexSpec editIndex(IndexSpec index, int c) {
        if (index == null) {
            return new IndexSpec(new Positions(List.of(c, value % 4)), value % 2 == 0, false, value % 3 == 0);
        }
        return switch (value % 4) {
            case 0 -> null;
            case 1 -> new IndexSpec(reversed(index.columns()), index.unique(), index.descending(),
                    index.quotedName());
            case 2 -> new IndexSpec(index.columns(), !index.unique(), index.descending(), index.quotedName());
            default -> new IndexSpec(index.columns(), index.unique(), !index.descending(), index.quotedName());
        };
    }

    /** Adds a unique key on the column (and maybe another), or drops it, reverses its columns, widens it. */
    private UniqueSpec editUnique(UniqueSpec unique, int c) {
        if (unique == null) {
            return new UniqueSpec(new Positions(value % 2 == 0 ? List.of(c) : List.of(c, value % 4)),
                    value % 3 == 0);
        }
        List<Integer> positions = new ArrayList<>(unique.columns().positions());
        return switch (value % 3) {
            case 0 -> null;
            case 1 -> new UniqueSpec(reversed(unique.columns()), unique.named());
            default -> {
                positions.add(c);
                yield new UniqueSpec(new Positions(positions), unique.named());
            }
        };
    }

    /** The entities name what PostgreSQL named, or the other way round; or the index gets a quoted name. */
    private TableSpec rename(TableSpec spec) {
        return switch (value % 4) {
            case 0 -> spec.unique() == null ? spec
                    : spec.withUnique(new UniqueSpec(spec.unique().columns(), !spec.unique().named()));
            case 1 -> spec.check() == null ? spec
                    : spec.withCheck(new CheckSpec(spec.check().expression(), !spec.check().named()));
            case 2 -> spec.reference() == null ? spec
                    : spec.withReference(spec.reference().withNamed(!spec.reference().named()));
            default -> spec.index() == null ? spec : spec.withIndex(new IndexSpec(spec.index().columns(),
                    spec.index().unique(), spec.index().descending(), !spec.index().quotedName()));
        };
    }

    private static Positions reversed(Positions positions) {
        List<Integer> reversed = new ArrayList<>(positions.positions());
        Collections.reverse(reversed);
        return new Positions(reversed);
    }

    /** Changes one sequence's increment, start or cache (or adds one when there is none). */
    private List<SequenceSpec> editSequence(List<SequenceSpec> sequences) {
        if (sequences.isEmpty()) {
            return addOrDropSequence(sequences);
        }
        List<SequenceSpec> edited = new ArrayList<>(sequences);
        int s = table % edited.size();
        SequenceSpec sequence = edited.get(s);
        edited.set(s, switch (value % 3) {
            case 0 -> new SequenceSpec(sequence.name(), sequence.schema(), sequence.start(),
                    sequence.increment() == 50 ? 1 : 50, sequence.cache());
            case 1 -> new SequenceSpec(sequence.name(), sequence.schema(), sequence.start() == 100 ? 1 : 100,
                    sequence.increment(), sequence.cache());
            default -> new SequenceSpec(sequence.name(), sequence.schema(), sequence.start(), sequence.increment(),
                    sequence.cache() == null ? Long.valueOf(20) : sequence.cache() == 20 ? Long.valueOf(1) : null);
        });
        return edited;
    }

    private List<SequenceSpec> addOrDropSequence(List<SequenceSpec> sequences) {
        List<SequenceSpec> edited = new ArrayList<>(sequences);
        if (value % 2 == 0 && !edited.isEmpty()) {
            edited.remove(table % edited.size());
            return edited;
        }
        String name = "seq_" + value;
        if (edited.stream().noneMatch(s -> s.name().equals(name))) {
            edited.add(new SequenceSpec(name, ModelSpecs.SCHEMAS.get(table % 2), 1 + value % 2 * 99,
                    value % 3 == 0 ? 50 : 1, null));
        }
        return edited;
    }

    /** Creates or drops the enum type, adds a label, removes or reorders labels, toggles its varchar casts. */
    private EnumSpec editMood(EnumSpec mood) {
        List<String> unused = new ArrayList<>(ModelSpecs.LABELS);
        if (mood == null) {
            return kind == 19 || kind == 17 ? new EnumSpec(ModelSpecs.SCHEMAS.get(table % 2),
                    List.of(unused.get(value % unused.size())), value % 2 == 0) : null;
        }
        List<String> labels = new ArrayList<>(mood.labels());
        unused.removeAll(labels);
        switch (kind) {
            case 17 -> {
                if (!unused.isEmpty()) {
                    labels.add(value % (labels.size() + 1), unused.get(column % unused.size()));
                }
            }
            case 18 -> {
                if (labels.size() > 1 && value % 2 == 0) {
                    labels.remove(column % labels.size());
                } else {
                    Collections.rotate(labels, 1);
                }
            }
            case 19 -> {
                return null;
            }
            default -> {
                return new EnumSpec(mood.schema(), labels, !mood.varcharCasts());
            }
        }
        return new EnumSpec(mood.schema(), labels, mood.varcharCasts());
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
        return new TableSpec("t" + (50 + value + position * 100), ModelSpecs.SCHEMAS.get(column % 2), Identity.NONE,
                List.of(new ColumnSpec("c0", pick(value), true, ColumnSpec.NO_DEFAULT, false)), null, null, null, null,
                false);
    }

    private static String pick(int value) {
        return ModelSpecs.TYPES.get(value % ModelSpecs.TYPES.size());
    }
}
