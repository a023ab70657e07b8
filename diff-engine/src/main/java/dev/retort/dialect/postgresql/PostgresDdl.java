package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.PostgresIdentifiers.literal;
import static dev.retort.dialect.postgresql.PostgresIdentifiers.qualified;
import static dev.retort.dialect.postgresql.PostgresIdentifiers.quote;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.Deferral;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** SQL fragments shared by the statements the renderer writes: definitions of columns, constraints, indexes. */
final class PostgresDdl {

    private PostgresDdl() {
    }

    static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type().sql());
        if (column.identity() != Identity.NONE) {
            sql.append(' ').append(column.identity().sql());
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** {@code CONSTRAINT name PRIMARY KEY (...)}; the name is left out when the database is to choose it. */
    static String constraintDefinition(Constraint constraint) {
        String prefix = constraint.name() == null ? "" : "CONSTRAINT " + quote(constraint.name()) + " ";
        if (constraint instanceof PrimaryKey pk) {
            return prefix + "PRIMARY KEY (" + columnList(pk.columns()) + ")";
        }
        if (constraint instanceof UniqueConstraint unique) {
            return prefix + "UNIQUE (" + columnList(unique.columns()) + ")";
        }
        if (constraint instanceof CheckConstraint check) {
            return prefix + "CHECK " + parenthesised(check.expression());
        }
        ForeignKey fk = (ForeignKey) constraint;
        StringBuilder sql = new StringBuilder(prefix).append("FOREIGN KEY (").append(columnList(fk.columns()))
                .append(") REFERENCES ").append(qualified(fk.referencedTable()))
                .append(" (").append(columnList(fk.referencedColumns())).append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.deferral() != Deferral.NOT_DEFERRABLE) {
            sql.append(' ').append(fk.deferral().sql());
        }
        return sql.toString();
    }

    static String createIndex(QualifiedName table, Index index) {
        return createIndex(table, index, false);
    }

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON table ...}. */
    static String createIndex(QualifiedName table, Index index, boolean concurrently) {
        StringBuilder sql = new StringBuilder("CREATE ");
        if (index.unique()) {
            sql.append("UNIQUE ");
        }
        sql.append(concurrently ? "INDEX CONCURRENTLY " : "INDEX ").append(quote(index.name())).append(" ON ")
                .append(qualified(table));
        if (!index.method().equals("btree")) {
            sql.append(" USING ").append(index.method());
        }
        sql.append(" (").append(index.keys().stream().map(PostgresDdl::indexKey).collect(Collectors.joining(", ")))
                .append(')');
        if (index.predicate() != null) {
            sql.append(" WHERE ").append(parenthesised(index.predicate()));
        }
        return sql.toString();
    }

    private static String indexKey(IndexKey key) {
        StringBuilder sql = new StringBuilder(key.isColumn() ? quote(key.column()) : "(" + key.expression() + ")");
        if (key.descending()) {
            sql.append(" DESC");
        }
        if (key.nullsFirst() != key.descending()) {
            sql.append(key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
        return sql.toString();
    }

    static String commentOnTable(QualifiedName table, String comment) {
        return "COMMENT ON TABLE " + qualified(table) + " IS " + commentValue(comment);
    }

    static String commentOnColumn(QualifiedName table, String column, String comment) {
        return "COMMENT ON COLUMN " + qualified(table) + "." + quote(column) + " IS " + commentValue(comment);
    }

    private static String commentValue(String comment) {
        return comment == null ? "NULL" : literal(comment);
    }

    /** Options of CREATE SEQUENCE, leaving out those equal to PostgreSQL's defaults. */
    static List<String> sequenceOptions(Sequence sequence) {
        List<String> options = new ArrayList<>();
        if (sequence.dataType() != null && !sequence.dataType().equals("bigint")) {
            options.add("AS " + sequence.dataType());
        }
        if (sequence.start() != null) {
            options.add("START WITH " + sequence.start());
        }
        options.add("INCREMENT BY " + sequence.increment());
        SequenceDefaults defaults = SequenceDefaults.of(sequence);
        if (sequence.minValue() != null && sequence.minValue() != defaults.minValue()) {
            options.add("MINVALUE " + sequence.minValue());
        }
        if (sequence.maxValue() != null && sequence.maxValue() != defaults.maxValue()) {
            options.add("MAXVALUE " + sequence.maxValue());
        }
        if (sequence.cache() != null && sequence.cache() != 1L) {
            options.add("CACHE " + sequence.cache());
        }
        if (sequence.cycle()) {
            options.add("CYCLE");
        }
        return options;
    }

    static String columnList(List<String> columns) {
        return columns.stream().map(PostgresIdentifiers::quote).collect(Collectors.joining(", "));
    }

    /** Check and predicate expressions are printed by PostgreSQL with their own parentheses; add them if not. */
    static String parenthesised(String expression) {
        return isWrapped(expression) ? expression : "(" + expression + ")";
    }

    private static boolean isWrapped(String expression) {
        if (!expression.startsWith("(") || !expression.endsWith(")")) {
            return false;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')') {
                depth--;
                if (depth == 0 && i < expression.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /** PostgreSQL's defaults for a sequence's bounds, which depend on its type and direction. */
    record SequenceDefaults(long minValue, long maxValue) {
        static SequenceDefaults of(Sequence sequence) {
            long typeMax = switch (sequence.dataType() == null ? "bigint" : sequence.dataType()) {
                case "smallint" -> Short.MAX_VALUE;
                case "integer" -> Integer.MAX_VALUE;
                default -> Long.MAX_VALUE;
            };
            long typeMin = typeMax == Long.MAX_VALUE ? Long.MIN_VALUE : -typeMax - 1;
            return sequence.increment() > 0 ? new SequenceDefaults(1, typeMax) : new SequenceDefaults(typeMin, -1);
        }
    }
}
