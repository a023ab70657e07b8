package dev.retort.lint;

import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import java.util.Optional;

/** One comma-separated action of an {@code ALTER TABLE}. */
sealed interface AlterAction {

    record AddColumn(ColumnDefinition column) implements AlterAction {
    }

    record DropColumn(String column) implements AlterAction {
    }

    /** @param type the new type, when the linter recognizes its spelling */
    record ChangeType(String column, Optional<ColumnType> type) implements AlterAction {
    }

    record SetNotNull(String column) implements AlterAction {
    }

    /** DROP NOT NULL, SET/DROP DEFAULT, SET STATISTICS, ...: a short lock, no scan. */
    record OtherColumnChange(String column) implements AlterAction {
    }

    enum ConstraintKind { FOREIGN_KEY, CHECK, UNIQUE, PRIMARY_KEY, EXCLUDE }

    /**
     * @param name          the constraint's name, empty when PostgreSQL picks one
     * @param usingIndex    {@code UNIQUE/PRIMARY KEY USING INDEX}: over an index built before
     * @param notValid      added {@code NOT VALID}: existing rows not checked
     * @param notNullColumn the column of a {@code CHECK (col IS NOT NULL)}, the check PostgreSQL 12+ proves
     *                      {@code SET NOT NULL} from
     * @param references    the table a foreign key references
     */
    record AddConstraint(String name, ConstraintKind kind, boolean usingIndex, boolean notValid,
                         Optional<String> notNullColumn, Optional<QualifiedName> references) implements AlterAction {
    }

    record ValidateConstraint(String name) implements AlterAction {
    }

    record RenameColumn(String from, String to) implements AlterAction {
    }

    record RenameTable(QualifiedName to) implements AlterAction {
    }

    record SetTablespace(String tablespace) implements AlterAction {
    }

    record SetLogged(boolean logged) implements AlterAction {
    }

    /** DROP CONSTRAINT, OWNER TO, ENABLE TRIGGER, ...: nothing a rule looks at, but a lock on the table. */
    record Other(String what) implements AlterAction {
    }
}
