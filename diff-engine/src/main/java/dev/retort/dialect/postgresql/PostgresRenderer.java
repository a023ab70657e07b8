package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.PostgresIdentifiers.qualified;
import static dev.retort.dialect.postgresql.PostgresIdentifiers.quote;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.ColumnAspect;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropView;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropSchema;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationVisitor;
import dev.retort.ops.RenameConstraint;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameIndex;
import dev.retort.ops.RenameSequence;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SequenceAspect;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders operations as PostgreSQL statements (without the trailing semicolon). Names are always
 * schema-qualified, so a script means the same thing whatever the session's search_path.
 */
public final class PostgresRenderer implements OperationVisitor<List<String>> {

    private static final PostgresRenderer INSTANCE = new PostgresRenderer();

    private PostgresRenderer() {
    }

    public static List<String> render(Operation operation) {
        return operation.accept(INSTANCE);
    }

    @Override
    public List<String> visit(CreateSchema op) {
        return List.of("CREATE SCHEMA " + quote(op.schema()));
    }

    @Override
    public List<String> visit(DropSchema op) {
        return List.of("DROP SCHEMA " + quote(op.schema()));
    }

    @Override
    public List<String> visit(CreateTable op) {
        Table table = op.table();
        List<String> lines = new ArrayList<>();
        table.columns().forEach(c -> lines.add(PostgresDdl.columnDefinition(c)));
        table.constraints().forEach(c -> lines.add(PostgresDdl.constraintDefinition(c)));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + qualified(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)");
        if (table.comment() != null) {
            statements.add(PostgresDdl.commentOnTable(table.name(), table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                statements.add(PostgresDdl.commentOnColumn(table.name(), column.name(), column.comment()));
            }
        }
        for (Index index : table.indexes()) {
            statements.add(PostgresDdl.createIndex(table.name(), index));
        }
        return statements;
    }

    @Override
    public List<String> visit(DropTable op) {
        return List.of("DROP TABLE " + qualified(op.table().name()));
    }

    @Override
    public List<String> visit(AddColumn op) {
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(op.table()) + "ADD COLUMN " + PostgresDdl.columnDefinition(op.column()));
        if (op.column().comment() != null) {
            statements.add(PostgresDdl.commentOnColumn(op.table(), op.column().name(), op.column().comment()));
        }
        return statements;
    }

    @Override
    public List<String> visit(DropColumn op) {
        return List.of(alterTable(op.table()) + "DROP COLUMN " + quote(op.column().name()));
    }

    /**
     * One statement per changed aspect, in the order of {@link #columnActions}. A type change that is not a widening
     * has its {@link NarrowingGuard} right before it.
     */
    @Override
    public List<String> visit(AlterColumn op) {
        List<String> statements = new ArrayList<>();
        for (ColumnAction action : columnActions(op)) {
            if (action.typeChange()) {
                NarrowingGuard.of(op).ifPresent(statements::add);
            }
            statements.add(alterTable(op.table()) + action.sql());
        }
        if (op.changes(ColumnAspect.COMMENT)) {
            statements.add(PostgresDdl.commentOnColumn(op.table(), op.to().name(), op.to().comment()));
        }
        return statements;
    }

    /** One {@code ALTER COLUMN ...} action of an {@code ALTER TABLE}; {@code typeChange} for the one changing its type. */
    record ColumnAction(String sql, boolean typeChange) {
    }

    /**
     * The {@code ALTER COLUMN} actions of a change, in the order PostgreSQL needs: an identity or default goes
     * before the type changes (it may not convert), NOT NULL comes before an identity is added (identity requires
     * it), and the new default comes after the new type. A comment is no action of {@code ALTER TABLE}.
     */
    static List<ColumnAction> columnActions(AlterColumn op) {
        Set<ColumnAspect> aspects = op.aspects();
        Column from = op.from();
        Column to = op.to();
        String alter = "ALTER COLUMN " + quote(to.name()) + " ";
        List<ColumnAction> actions = new ArrayList<>();
        if (aspects.contains(ColumnAspect.IDENTITY) && from.identity() != Identity.NONE
                && to.identity() == Identity.NONE) {
            actions.add(new ColumnAction(alter + "DROP IDENTITY", false));
        }
        if (aspects.contains(ColumnAspect.DEFAULT) && from.defaultExpression() != null) {
            actions.add(new ColumnAction(alter + "DROP DEFAULT", false));
        }
        if (aspects.contains(ColumnAspect.TYPE)) {
            actions.add(new ColumnAction(alter + "TYPE " + to.type().sql() + PostgresCasts.using(from, to), true));
        }
        if (aspects.contains(ColumnAspect.NULLABILITY)) {
            actions.add(new ColumnAction(alter + (to.nullable() ? "DROP NOT NULL" : "SET NOT NULL"), false));
        }
        if (aspects.contains(ColumnAspect.DEFAULT) && to.defaultExpression() != null) {
            actions.add(new ColumnAction(alter + "SET DEFAULT " + to.defaultExpression(), false));
        }
        if (aspects.contains(ColumnAspect.IDENTITY) && to.identity() != Identity.NONE) {
            actions.add(new ColumnAction(alter + (from.identity() == Identity.NONE ? "ADD " + to.identity().sql()
                    : "SET GENERATED " + (to.identity() == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT")), false));
        }
        return actions;
    }

    @Override
    public List<String> visit(AddConstraint op) {
        return List.of(alterTable(op.table()) + "ADD " + PostgresDdl.constraintDefinition(op.constraint()));
    }

    @Override
    public List<String> visit(DropConstraint op) {
        return List.of(alterTable(op.table()) + "DROP CONSTRAINT " + quote(op.constraint().name()));
    }

    @Override
    public List<String> visit(RenameConstraint op) {
        return List.of(alterTable(op.table()) + "RENAME CONSTRAINT " + quote(op.constraint().name()) + " TO "
                + quote(op.newName()));
    }

    @Override
    public List<String> visit(CreateIndex op) {
        return List.of(PostgresDdl.createIndex(op.table(), op.index()));
    }

    @Override
    public List<String> visit(DropIndex op) {
        return List.of("DROP INDEX " + qualified(new QualifiedName(op.table().schema(), op.index().name())));
    }

    @Override
    public List<String> visit(RenameIndex op) {
        return List.of("ALTER INDEX " + qualified(new QualifiedName(op.table().schema(), op.index().name()))
                + " RENAME TO " + quote(op.newName()));
    }

    @Override
    public List<String> visit(CreateSequence op) {
        return List.of("CREATE SEQUENCE " + qualified(op.sequence().name()) + " "
                + String.join(" ", PostgresDdl.sequenceOptions(op.sequence())));
    }

    @Override
    public List<String> visit(DropSequence op) {
        return List.of("DROP SEQUENCE " + qualified(op.sequence().name()));
    }

    @Override
    public List<String> visit(AlterSequence op) {
        Sequence to = op.to();
        List<String> options = new ArrayList<>();
        for (SequenceAspect aspect : op.aspects()) {
            options.add(switch (aspect) {
                case DATA_TYPE -> "AS " + to.dataType();
                case START -> "START WITH " + to.start();
                case INCREMENT -> "INCREMENT BY " + to.increment();
                case MIN_VALUE -> to.minValue() == null ? "NO MINVALUE" : "MINVALUE " + to.minValue();
                case MAX_VALUE -> to.maxValue() == null ? "NO MAXVALUE" : "MAXVALUE " + to.maxValue();
                case CACHE -> "CACHE " + (to.cache() == null ? 1 : to.cache());
                case CYCLE -> to.cycle() ? "CYCLE" : "NO CYCLE";
            });
        }
        return List.of("ALTER SEQUENCE " + qualified(to.name()) + " " + String.join(" ", options));
    }

    @Override
    public List<String> visit(SetTableComment op) {
        return List.of(PostgresDdl.commentOnTable(op.table(), op.to()));
    }

    @Override
    public List<String> visit(CreateEnumType op) {
        return PostgresEnumDdl.create(op.type());
    }

    @Override
    public List<String> visit(DropEnumType op) {
        return PostgresEnumDdl.drop(op.type());
    }

    @Override
    public List<String> visit(AlterEnumType op) {
        return PostgresEnumDdl.alter(op);
    }

    @Override
    public List<String> visit(CreateView op) {
        return List.of("CREATE " + (op.view().materialized() ? "MATERIALIZED " : "") + "VIEW "
                + qualified(op.view().name()) + " AS\n" + op.view().definition());
    }

    @Override
    public List<String> visit(DropView op) {
        return List.of("DROP " + (op.view().materialized() ? "MATERIALIZED " : "") + "VIEW "
                + qualified(op.view().name()));
    }

    @Override
    public List<String> visit(RenameTable op) {
        return List.of(alterTable(op.table().name()) + "RENAME TO " + quote(op.newName()));
    }

    @Override
    public List<String> visit(RenameColumn op) {
        return List.of(alterTable(op.table()) + "RENAME COLUMN " + quote(op.column().name()) + " TO "
                + quote(op.newName()));
    }

    @Override
    public List<String> visit(RenameSequence op) {
        return List.of("ALTER SEQUENCE " + qualified(op.sequence().name()) + " RENAME TO " + quote(op.newName()));
    }

    static String alterTable(QualifiedName table) {
        return "ALTER TABLE " + qualified(table) + " ";
    }
}
