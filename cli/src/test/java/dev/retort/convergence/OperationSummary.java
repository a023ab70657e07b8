package dev.retort.convergence;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.DropView;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.ColumnAspect;
import dev.retort.ops.CreateIndex;
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
import dev.retort.ops.RenameConstraint;
import dev.retort.ops.RenameIndex;
import dev.retort.ops.SequenceAspect;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An operation as one short line a case can expect, free of the names the database or Hibernate generate
 * (constraints and indexes are named by kind and columns): {@code alter column m_string_len.v: type},
 * {@code add unique m_string_uq(v)}, {@code create index m_idx(name desc,code)}. Tables in {@code public} go
 * without their schema. Names are not lost: the catalog comparisons check them.
 */
final class OperationSummary {

    /** The kinds of object whose removal is a "drop" undone by "create" rather than by "add". */
    private static final Set<String> CREATED = Set.of("table", "index", "sequence", "schema", "type", "view");

    private OperationSummary() {
    }

    static String of(Operation operation) {
        if (operation instanceof CreateTable op) {
            return "create table " + name(op.table().name());
        } else if (operation instanceof DropTable op) {
            return "drop table " + name(op.table().name());
        } else if (operation instanceof AddColumn op) {
            return "add column " + name(op.table()) + "." + op.column().name();
        } else if (operation instanceof DropColumn op) {
            return "drop column " + name(op.table()) + "." + op.column().name();
        } else if (operation instanceof AlterColumn op) {
            return "alter column " + name(op.table()) + "." + op.from().name() + ": " + op.aspects().stream()
                    .map(ColumnAspect::name).map(OperationSummary::word).collect(Collectors.joining(", "));
        } else if (operation instanceof AddConstraint op) {
            return "add " + constraint(op.table(), op.constraint());
        } else if (operation instanceof DropConstraint op) {
            return "drop " + constraint(op.table(), op.constraint());
        } else if (operation instanceof RenameConstraint op) {
            return "rename " + constraint(op.table(), op.constraint());
        } else if (operation instanceof CreateIndex op) {
            return "create " + index(op.table(), op.index());
        } else if (operation instanceof DropIndex op) {
            return "drop " + index(op.table(), op.index());
        } else if (operation instanceof RenameIndex op) {
            return "rename " + index(op.table(), op.index());
        } else if (operation instanceof CreateSequence op) {
            return "create sequence " + name(op.sequence().name());
        } else if (operation instanceof DropSequence op) {
            return "drop sequence " + name(op.sequence().name());
        } else if (operation instanceof AlterSequence op) {
            return "alter sequence " + name(op.from().name()) + ": " + op.aspects().stream()
                    .map(SequenceAspect::name).map(OperationSummary::word).collect(Collectors.joining(", "));
        } else if (operation instanceof SetTableComment op) {
            return "comment table " + name(op.table());
        } else if (operation instanceof CreateSchema op) {
            return "create schema " + op.schema();
        } else if (operation instanceof DropSchema op) {
            return "drop schema " + op.schema();
        } else if (operation instanceof CreateEnumType op) {
            return "create type " + name(op.type().name());
        } else if (operation instanceof DropEnumType op) {
            return "drop type " + name(op.type().name());
        } else if (operation instanceof AlterEnumType op) {
            // Adding labels happens in place, its inverse recreates the type: both are a change of labels.
            return "alter type " + name(op.from().name()) + ": labels";
        } else if (operation instanceof CreateView op) {
            return "create view " + name(op.view().name());
        } else if (operation instanceof DropView op) {
            return "drop view " + name(op.view().name());
        }
        // An operation this summary does not know yet (the engine grows): its type in words and its subject.
        return operation.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
                + " " + operation.subject();
    }

    /** The summary of the inverse operation: what a case expects when it runs the other way round. */
    static String inverse(String summary) {
        int space = summary.indexOf(' ');
        String verb = summary.substring(0, space);
        String rest = summary.substring(space + 1);
        String kind = rest.startsWith("unique index ") ? "index" : rest.substring(0, Math.max(rest.indexOf(' '), 0));
        return switch (verb) {
            case "create", "add" -> "drop " + rest;
            case "drop" -> (CREATED.contains(kind) ? "create " : "add ") + rest;
            default -> summary; // alter, rename, comment: their own inverse's summary
        };
    }

    /** An index by what it indexes ({@code index t(name desc,code)}); its name is the catalog's to check. */
    private static String index(QualifiedName table, Index index) {
        String keys = index.keys().stream().map(k -> (k.isColumn() ? k.column() : "(" + k.expression() + ")")
                + (k.descending() ? " desc" : "")).collect(Collectors.joining(","));
        return (index.unique() ? "unique index " : "index ") + name(table) + "(" + keys + ")";
    }

    private static String constraint(QualifiedName table, Constraint constraint) {
        String kind = constraint.kind().replace(" constraint", "");
        // A check's columns are a set (the order they are read in is the catalog's business): sorted.
        List<String> columns = constraint instanceof CheckConstraint check ? check.columns().stream().sorted().toList()
                : constraint.columns();
        String target = constraint instanceof ForeignKey fk ? " -> " + name(fk.referencedTable()) : "";
        return kind + " " + name(table) + "(" + String.join(",", columns) + ")" + target;
    }

    private static String name(QualifiedName name) {
        return name.schema().equals("public") ? name.name() : name.schema() + "." + name.name();
    }

    private static String word(String enumConstant) {
        return enumConstant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
