package dev.retort.dialect.postgresql;

import dev.retort.dialect.postgresql.PostgresDdl.SequenceDefaults;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the entities' model in canonical form from what PostgreSQL printed: canonical types, defaults and
 * check texts, every unnamed constraint named as PostgreSQL names it, every sequence option spelled out.
 */
final class TargetAssembly {

    /** How PostgreSQL printed one column's type and default, and one check. */
    interface Prints {
        ColumnSamples.Printed column(Column column);

        /** The printed form of the table's check at this position. */
        CheckSamples.Printed check(Table table, int index);
    }

    private final Prints prints;

    TargetAssembly(Prints prints) {
        this.prints = prints;
    }

    SchemaModel assemble(SchemaModel raw) {
        GeneratedNames names = new GeneratedNames(raw);
        List<Table> tables = new ArrayList<>();
        for (Table table : raw.tables()) {
            tables.add(table(table, names));
        }
        List<Sequence> sequences = raw.sequences().stream().map(TargetAssembly::complete).toList();
        return raw.withTables(tables).withSequences(sequences);
    }

    private Table table(Table raw, GeneratedNames names) {
        String schema = raw.name().schema();
        String table = raw.name().name();
        List<Column> columns = raw.columns().stream().map(this::column).toList();
        PrimaryKey primaryKey = raw.primaryKey();
        if (primaryKey != null && primaryKey.name() == null) {
            primaryKey = primaryKey.withName(names.take(schema,
                    PostgresNames.primaryKey(table, n -> names.isTaken(schema, n))));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueConstraint unique : raw.uniqueConstraints()) {
            uniques.add(unique.name() != null ? unique : unique.withName(names.take(schema,
                    PostgresNames.unique(table, unique.columns(), n -> names.isTaken(schema, n)))));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (int i = 0; i < raw.checks().size(); i++) {
            CheckConstraint check = raw.checks().get(i);
            CheckSamples.Printed printed = prints.check(raw, i);
            String name = check.name() != null ? check.name() : names.take(schema,
                    PostgresNames.check(table, printed.columns(), n -> names.isTaken(schema, n)));
            checks.add(new CheckConstraint(name, printed.expression(), printed.columns()));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (ForeignKey fk : raw.foreignKeys()) {
            foreignKeys.add(fk.name() != null ? fk : fk.withName(names.take(schema,
                    PostgresNames.foreignKey(table, fk.columns(), n -> names.isTaken(schema, n)))));
        }
        return new Table(raw.name(), columns, primaryKey, uniques, checks, foreignKeys, raw.indexes(), raw.comment());
    }

    private Column column(Column raw) {
        ColumnSamples.Printed printed = prints.column(raw);
        String defaultExpression = raw.identity() == Identity.NONE && printed.defaultExpression() != null
                ? printed.defaultExpression() : null;
        return new Column(raw.name(), ColumnType.of(printed.type()), raw.nullable(), defaultExpression, raw.identity(),
                raw.comment());
    }

    /** The options a CREATE SEQUENCE leaves out, as PostgreSQL fills them in. */
    static Sequence complete(Sequence raw) {
        Sequence typed = raw.dataType() == null ? new Sequence(raw.name(), "bigint", raw.start(), raw.increment(),
                raw.minValue(), raw.maxValue(), raw.cache(), raw.cycle()) : raw;
        SequenceDefaults defaults = SequenceDefaults.of(typed);
        return new Sequence(typed.name(), typed.dataType(), typed.start(), typed.increment(),
                typed.minValue() == null ? defaults.minValue() : typed.minValue(),
                typed.maxValue() == null ? defaults.maxValue() : typed.maxValue(),
                typed.cache() == null ? 1L : typed.cache(), typed.cycle());
    }
}
