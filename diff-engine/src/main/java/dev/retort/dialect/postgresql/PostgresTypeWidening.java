package dev.retort.dialect.postgresql;

import dev.retort.compare.TypeWidening;
import dev.retort.schema.ColumnType;
import java.util.List;
import java.util.Map;

/**
 * When a PostgreSQL type holds every value of another and more: a longer or unbounded {@code character varying},
 * {@code text} for any character type, a larger integer, {@code double precision} for {@code real}, a numeric with
 * at least as many digits on each side of the point (or before it, for an integer), a finer fractional-second
 * precision, a timestamp for a date, an array of elements that hold the other's elements. Types are compared in
 * their canonical ({@code format_type}) spelling.
 */
public final class PostgresTypeWidening implements TypeWidening {

    public static final PostgresTypeWidening INSTANCE = new PostgresTypeWidening();

    private static final List<String> CHARACTER = List.of("character", "character varying", "text");
    private static final Map<String, Integer> INTEGER_SIZE = Map.of("smallint", 2, "integer", 4, "bigint", 8);
    /** The decimal digits of each integer type's largest value: what a numeric needs before the point to hold it. */
    private static final Map<String, Integer> INTEGER_DIGITS = Map.of("smallint", 5, "integer", 10, "bigint", 19);
    private static final List<String> FRACTIONAL_SECONDS = List.of("time without time zone",
            "time with time zone", "timestamp without time zone", "timestamp with time zone");

    private PostgresTypeWidening() {
    }

    @Override
    public boolean widens(ColumnType database, ColumnType entities) {
        if (database.equals(entities)) {
            return false;
        }
        if (database.isArray() || entities.isArray()) {
            // An array holds another's values when its elements hold the other's elements.
            return database.isArray() && entities.isArray() && widens(element(database), element(entities));
        }
        String wide = database.baseName();
        String narrow = entities.baseName();
        if (wide.equals("numeric") && INTEGER_DIGITS.containsKey(narrow)) {
            List<Integer> digits = database.modifiers();
            int scale = digits.size() > 1 ? digits.get(1) : 0;
            return digits.isEmpty() || digits.get(0) - scale >= INTEGER_DIGITS.get(narrow);
        }
        if (narrow.equals("date")) {
            // A date is a timestamp at midnight, and comes back the same date.
            return wide.equals("timestamp without time zone");
        }
        if (CHARACTER.contains(wide) && CHARACTER.contains(narrow)) {
            return wide.equals("text") || (wide.equals("character varying") && !narrow.equals("text")
                    && holdsLength(database.modifiers(), entities.modifiers()));
        }
        if (INTEGER_SIZE.containsKey(wide) && INTEGER_SIZE.containsKey(narrow)) {
            return INTEGER_SIZE.get(wide) > INTEGER_SIZE.get(narrow);
        }
        if (wide.equals("double precision")) {
            return narrow.equals("real");
        }
        if (wide.equals("numeric") && narrow.equals("numeric")) {
            return holdsDigits(database.modifiers(), entities.modifiers());
        }
        if (wide.equals(narrow) && FRACTIONAL_SECONDS.contains(wide)) {
            return precision(database.modifiers()) > precision(entities.modifiers());
        }
        return false;
    }

    private static ColumnType element(ColumnType array) {
        return ColumnType.of(array.sql().substring(0, array.sql().indexOf('[')).strip());
    }

    /** An unbounded length holds any; otherwise the longer one does. */
    private static boolean holdsLength(List<Integer> wide, List<Integer> narrow) {
        return wide.isEmpty() || (!narrow.isEmpty() && wide.get(0) > narrow.get(0));
    }

    /** numeric(p, s) holds numeric(p2, s2) when it has at least as many digits before and after the point. */
    private static boolean holdsDigits(List<Integer> wide, List<Integer> narrow) {
        if (wide.isEmpty()) {
            return !narrow.isEmpty();
        }
        if (narrow.isEmpty()) {
            return false;
        }
        int wideScale = wide.size() > 1 ? wide.get(1) : 0;
        int narrowScale = narrow.size() > 1 ? narrow.get(1) : 0;
        return wideScale >= narrowScale && wide.get(0) - wideScale >= narrow.get(0) - narrowScale;
    }

    /** PostgreSQL's default fractional-second precision is 6. */
    private static int precision(List<Integer> modifiers) {
        return modifiers.isEmpty() ? 6 : modifiers.get(0);
    }
}
