package dev.retort.dialect.postgresql;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.MadeUpNames;
import dev.retort.schema.ObjectPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Rebuilds the entities' model in canonical form from what PostgreSQL printed: canonical types, defaults and
 * check texts, every unnamed constraint named as PostgreSQL names it.
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

    /** The entities' model in canonical form, and the constraint names nobody chose (those named here among them). */
    record Assembled(SchemaModel model, MadeUpNames madeUpNames) {
    }

    /** @param madeUp the raw model's names nobody chose (Hibernate's hashed names) */
    Assembled assemble(SchemaModel raw, MadeUpNames madeUp) {
        GeneratedNames names = new GeneratedNames(raw);
        List<Table> tables = new ArrayList<>();
        Set<ObjectPath> named = new HashSet<>(madeUp.paths());
        for (Table table : raw.tables()) {
            tables.add(table(table, names, named));
        }
        // Sequence options the entities leave out stay unsaid: the comparison takes the database's, so that a cache
        // or a start chosen in the database is never "corrected" to a default.
        return new Assembled(raw.withTables(tables), new MadeUpNames(named));
    }

    /** The table in canonical form; the constraints it names for the database are added to {@code named}. */
    private Table table(Table raw, GeneratedNames names, Set<ObjectPath> named) {
        String schema = raw.name().schema();
        String table = raw.name().name();
        List<Column> columns = raw.columns().stream().map(this::column).toList();
        PrimaryKey primaryKey = raw.primaryKey();
        if (primaryKey != null && primaryKey.name() == null) {
            primaryKey = madeUp(primaryKey.withName(names.take(schema,
                    PostgresNames.primaryKey(table, n -> names.isTaken(schema, n)))), raw, named);
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueConstraint unique : raw.uniqueConstraints()) {
            uniques.add(unique.name() != null ? unique : madeUp(unique.withName(names.take(schema,
                    PostgresNames.unique(table, unique.columns(), n -> names.isTaken(schema, n)))), raw, named));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (int i = 0; i < raw.checks().size(); i++) {
            CheckConstraint check = raw.checks().get(i);
            CheckSamples.Printed printed = prints.check(raw, i);
            String name = check.name() != null ? check.name() : names.take(schema,
                    PostgresNames.check(table, printed.columns(), n -> names.isTaken(schema, n)));
            CheckConstraint canonical = new CheckConstraint(name, printed.expression(), printed.columns());
            checks.add(check.name() != null ? canonical : madeUp(canonical, raw, named));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (ForeignKey fk : raw.foreignKeys()) {
            foreignKeys.add(fk.name() != null ? fk : madeUp(fk.withName(names.take(schema,
                    PostgresNames.foreignKey(table, fk.columns(), n -> names.isTaken(schema, n)))), raw, named));
        }
        return new Table(raw.name(), columns, primaryKey, uniques, checks, foreignKeys, raw.indexes(), raw.comment());
    }

    private static <C extends dev.retort.schema.Constraint> C madeUp(C constraint, Table table, Set<ObjectPath> named) {
        named.add(ObjectPath.constraint(table.name(), constraint));
        return constraint;
    }

    private Column column(Column raw) {
        ColumnSamples.Printed printed = prints.column(raw);
        String defaultExpression = raw.identity() == Identity.NONE && printed.defaultExpression() != null
                ? printed.defaultExpression() : null;
        return new Column(raw.name(), ColumnType.of(printed.type()), raw.nullable(), defaultExpression, raw.identity(),
                raw.comment());
    }
}
