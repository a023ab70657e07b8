package dev.retort.ops;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.Objects;

/**
 * Gives a table another name in its schema; its rows, columns, constraints and indexes stay (their names too). It
 * carries the table as it is, so that its inverse is local: the renamed table renamed back.
 */
public record RenameTable(Table table, String newName) implements Operation {
    public RenameTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(newName, "newName");
        if (newName.equals(table.name().name())) {
            throw new IllegalArgumentException("RenameTable to the same name " + newName);
        }
    }

    public QualifiedName newQualifiedName() {
        return new QualifiedName(table.name().schema(), newName);
    }

    /** The table under its new name; a foreign key of its own that references it follows the name, as in PostgreSQL. */
    public Table renamed() {
        QualifiedName old = table.name();
        QualifiedName renamed = newQualifiedName();
        return table.withName(renamed).withForeignKeys(table.foreignKeys().stream()
                .map(fk -> fk.referencedTable().equals(old) ? retargeted(fk, renamed) : fk).toList());
    }

    /** A foreign key referencing the renamed table, as PostgreSQL shows it after the rename. */
    public static ForeignKey retargeted(ForeignKey fk, QualifiedName renamed) {
        return new ForeignKey(fk.name(), fk.columns(), renamed, fk.referencedColumns(), fk.onDelete(), fk.onUpdate(),
                fk.deferral());
    }

    @Override
    public RenameTable reverse() {
        return new RenameTable(renamed(), table.name().name());
    }

    @Override
    public boolean destructive() {
        return false;
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.table(table.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
