package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A column's SQL type. After normalization {@link #sql()} is the database's canonical spelling (for
 * PostgreSQL, {@code format_type()} output such as {@code character varying(80)},
 * {@code timestamp(6) with time zone}, {@code numeric(12,2)}, {@code integer[]}); before normalization it
 * is whatever the source said (Hibernate's {@code varchar(80)}). Equality is on that text, which is why
 * both sides must be normalized before they are compared.
 */
public record ColumnType(String sql) {

    public ColumnType {
        Objects.requireNonNull(sql, "sql");
        sql = sql.strip();
        if (sql.isEmpty()) {
            throw new IllegalArgumentException("empty column type");
        }
    }

    public static ColumnType of(String sql) {
        return new ColumnType(sql);
    }

    /** The type without its modifiers: {@code timestamp(6) with time zone} gives {@code timestamp with time zone}. */
    public String baseName() {
        int open = sql.indexOf('(');
        int close = sql.indexOf(')', open + 1);
        if (open < 0 || close < 0) {
            return sql;
        }
        return (sql.substring(0, open) + sql.substring(close + 1)).replaceAll("\\s+", " ").strip();
    }

    /** The numbers in the first parenthesised modifier list: {@code numeric(12,2)} gives [12, 2]. */
    public List<Integer> modifiers() {
        int open = sql.indexOf('(');
        int close = sql.indexOf(')', open + 1);
        if (open < 0 || close < 0) {
            return List.of();
        }
        List<Integer> values = new ArrayList<>();
        for (String part : sql.substring(open + 1, close).split(",")) {
            try {
                values.add(Integer.valueOf(part.strip()));
            } catch (NumberFormatException notANumber) {
                return List.of();
            }
        }
        return List.copyOf(values);
    }

    /**
     * The user-defined type this column type names (an enum type, possibly as an array), when it names one: in
     * canonical form, user types are the only ones printed schema-qualified ({@code public.mood},
     * {@code "Shop Data"."Mood"[]}).
     */
    public Optional<QualifiedName> userType() {
        String element = sql.endsWith("[]") ? sql.substring(0, sql.indexOf('[')) : sql;
        boolean qualified = false;
        boolean quoted = false;
        for (char c : element.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '(' && !quoted) {
                return Optional.empty();
            } else if (c == '.' && !quoted) {
                qualified = true;
            }
        }
        return qualified ? Optional.of(QualifiedName.parse(element, "public")) : Optional.empty();
    }

    /** Whether this is an array of its element type. */
    public boolean isArray() {
        return sql.endsWith("]");
    }

    @Override
    public String toString() {
        return sql;
    }
}
