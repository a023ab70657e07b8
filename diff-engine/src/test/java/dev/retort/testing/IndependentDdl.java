package dev.retort.testing;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CREATE statements for a model as a developer would write them by hand, written here and not by retort's
 * renderer, normalizer or planner: a database built from them is a reference that judges retort instead of
 * agreeing with it. Types, defaults and expressions go to PostgreSQL as the model spells them, so PostgreSQL
 * itself does the normalizing; unnamed constraints get the names PostgreSQL gives them.
 *
 * <p>Views come last, in the model's order; {@link ReferenceCatalog} retries one that reads a later view.
 */
public final class IndependentDdl {

    private IndependentDdl() {
    }

    /** Statements without views, in an order PostgreSQL accepts; then {@link #views(SchemaModel)}. */
    public static List<String> of(SchemaModel model) {
        List<String> sql = new ArrayList<>();
        model.schemas().forEach(schema -> sql.add("CREATE SCHEMA IF NOT EXISTS " + quote(schema)));
        model.tables().forEach(table -> sql.add("CREATE SCHEMA IF NOT EXISTS " + quote(table.name().schema())));
        for (EnumType type : model.enumTypes()) {
            sql.add("CREATE TYPE " + name(type.name()) + " AS ENUM (" + type.labels().stream()
                    .map(IndependentDdl::literal).collect(Collectors.joining(", ")) + ")");
            if (type.varcharCasts()) {
                sql.add("CREATE CAST (varchar AS " + name(type.name()) + ") WITH INOUT AS IMPLICIT");
                sql.add("CREATE CAST (" + name(type.name()) + " AS varchar) WITH INOUT AS IMPLICIT");
            }
        }
        model.sequences().forEach(sequence -> sql.add(createSequence(sequence)));
        model.tables().forEach(table -> sql.add(createTable(table)));
        for (Table table : model.tables()) {
            table.foreignKeys().forEach(fk -> sql.add("ALTER TABLE " + name(table.name()) + " ADD " + foreignKey(fk)));
            table.indexes().forEach(index -> sql.add(createIndex(table.name(), index)));
            if (table.comment() != null) {
                sql.add("COMMENT ON TABLE " + name(table.name()) + " IS " + literal(table.comment()));
            }
            table.columns().stream().filter(c -> c.comment() != null).forEach(c -> sql.add("COMMENT ON COLUMN "
                    + name(table.name()) + "." + quote(c.name()) + " IS " + literal(c.comment())));
        }
        return sql;
    }

    public static List<String> views(SchemaModel model) {
        return model.views().stream().map(IndependentDdl::createView).toList();
    }

    private static String createSequence(Sequence sequence) {
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE " + name(sequence.name()));
        if (sequence.dataType() != null) {
            sql.append(" AS ").append(sequence.dataType());
        }
        sql.append(" INCREMENT BY ").append(sequence.increment());
        if (sequence.minValue() != null) {
            sql.append(" MINVALUE ").append(sequence.minValue());
        }
        if (sequence.maxValue() != null) {
            sql.append(" MAXVALUE ").append(sequence.maxValue());
        }
        if (sequence.start() != null) {
            sql.append(" START WITH ").append(sequence.start());
        }
        if (sequence.cache() != null) {
            sql.append(" CACHE ").append(sequence.cache());
        }
        return sql.append(sequence.cycle() ? " CYCLE" : "").toString();
    }

    private static String createTable(Table table) {
        List<String> parts = new ArrayList<>();
        table.columns().forEach(column -> parts.add(column(column)));
        PrimaryKey primaryKey = table.primaryKey();
        if (primaryKey != null) {
            parts.add(named(primaryKey.name()) + "PRIMARY KEY (" + columns(primaryKey.columns()) + ")");
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            parts.add(named(unique.name()) + "UNIQUE (" + columns(unique.columns()) + ")");
        }
        for (CheckConstraint check : table.checks()) {
            parts.add(named(check.name()) + "CHECK (" + check.expression() + ")");
        }
        return "CREATE TABLE " + name(table.name()) + " (" + String.join(", ", parts) + ")";
    }

    private static String column(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name()) + " " + column.type().sql());
        if (column.identity() != Identity.NONE) {
            sql.append(" ").append(column.identity().sql());
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        return sql.append(column.nullable() ? "" : " NOT NULL").toString();
    }

    private static String foreignKey(ForeignKey fk) {
        return named(fk.name()) + "FOREIGN KEY (" + columns(fk.columns()) + ") REFERENCES "
                + name(fk.referencedTable()) + " (" + columns(fk.referencedColumns()) + ") ON DELETE "
                + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql() + " " + fk.deferral().sql();
    }

    private static String createIndex(QualifiedName table, Index index) {
        String keys = index.keys().stream().map(IndependentDdl::key).collect(Collectors.joining(", "));
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
                + name(table) + " USING " + index.method() + " (" + keys + ")"
                + (index.predicate() == null ? "" : " WHERE (" + index.predicate() + ")");
    }

    private static String key(IndexKey key) {
        return (key.isColumn() ? quote(key.column()) : "(" + key.expression() + ")")
                + (key.descending() ? " DESC" : " ASC") + (key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
    }

    private static String createView(View view) {
        return "CREATE " + (view.materialized() ? "MATERIALIZED " : "") + "VIEW " + name(view.name()) + " AS "
                + view.definition();
    }

    private static String named(String constraint) {
        return constraint == null ? "" : "CONSTRAINT " + quote(constraint) + " ";
    }

    private static String columns(List<String> names) {
        return names.stream().map(IndependentDdl::quote).collect(Collectors.joining(", "));
    }

    private static String name(QualifiedName name) {
        return quote(name.schema()) + "." + quote(name.name());
    }

    /** Every name quoted: the model holds names exactly as the catalog does. */
    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
