package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key of the owning table. It refers to its target by name, never by pointer.
 *
 * @param referencedColumns the referenced columns, always explicit (the referenced primary key's columns
 *                          when the mapping only said "references the table")
 */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate,
                         Deferral deferral) implements Constraint {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(deferral, "deferral");
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + ": " + columns + " -> " + referencedColumns);
        }
    }

    public static ForeignKey of(String name, List<String> columns, QualifiedName referencedTable,
                                List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION, Deferral.NOT_DEFERRABLE);
    }

    /** Pairing identity: the columns and what they reference. The rules are compared after pairing. */
    @Override
    public String signature() {
        return "foreign key " + columns + " -> " + referencedTable + " " + referencedColumns;
    }

    @Override
    public ForeignKey withName(String newName) {
        return new ForeignKey(Objects.requireNonNull(newName), columns, referencedTable, referencedColumns, onDelete,
                onUpdate, deferral);
    }

    public ForeignKey withOnDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate, deferral);
    }

    public ForeignKey withOnUpdate(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action, deferral);
    }

    public ForeignKey withDeferral(Deferral newDeferral) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, newDeferral);
    }

    @Override
    public String kind() {
        return "foreign key";
    }
}
