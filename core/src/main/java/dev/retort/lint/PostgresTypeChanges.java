package dev.retort.lint;

import dev.retort.dialect.postgresql.PostgresTypeWidening;
import dev.retort.schema.ColumnType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What PostgreSQL does to the rows when a column's type changes: which changes it makes without a rewrite (it only
 * updates the catalog: the new type is binary-coercible, or a "transform" proves the old values fit), and which keep
 * every value (the judgement retort marks {@code -- DESTRUCTIVE} by, {@link PostgresTypeWidening}). Types are
 * compared in {@code format_type} spelling, which {@link #spelled} turns a statement's spelling into.
 */
final class PostgresTypeChanges {

    /** A statement's spellings of built-in types, and format_type's. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("varchar", "character varying"), Map.entry("char", "character"),
            Map.entry("bpchar", "character"), Map.entry("int", "integer"), Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"), Map.entry("int2", "smallint"), Map.entry("bool", "boolean"),
            Map.entry("decimal", "numeric"), Map.entry("float8", "double precision"),
            Map.entry("float", "double precision"), Map.entry("float4", "real"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timetz", "time with time zone"), Map.entry("time", "time without time zone"),
            Map.entry("varbit", "bit varying"), Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
            Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"), Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"));
    /** Types whose precision format_type prints after the first word: {@code timestamp(3) with time zone}. */
    private static final Set<String> PRECISION_INSIDE = Set.of("timestamp", "time");
    private static final Set<String> SERIAL = Set.of("serial", "serial4", "bigserial", "serial8", "smallserial",
            "serial2");
    /** The types whose length or precision may grow without a rewrite (PostgreSQL's *_transform functions). */
    private static final Set<String> GROWS_IN_PLACE = Set.of("character varying", "bit varying",
            "timestamp without time zone", "timestamp with time zone", "time without time zone",
            "time with time zone", "interval");

    private PostgresTypeChanges() {
    }

    /** The type the words spell ({@code varchar(255)}, {@code timestamptz(3)}, {@code int[]}), as format_type would. */
    static Optional<ColumnType> spelled(List<Word> words) {
        StringBuilder base = new StringBuilder();
        String modifiers = "";
        String array = "";
        Words cursor = Words.over(words);
        while (!cursor.atEnd()) {
            Word word = cursor.peek();
            if (word.isSymbol("(")) {
                modifiers = "(" + String.join(",", cursor.parenthesized().stream().filter(w -> !w.isSymbol(","))
                        .map(Word::text).toList()) + ")";
            } else if (word.isSymbol("[")) {
                cursor.next();
                array += "[]";
            } else if (word.isSymbol(".")) {
                cursor.next();
                base.append('.');
            } else if (word.isName()) {
                cursor.next();
                if (!base.isEmpty() && base.charAt(base.length() - 1) != '.') {
                    base.append(' ');
                }
                base.append(word.kind() == Word.Kind.QUOTED_NAME ? word.text() : word.text().toLowerCase(Locale.ROOT));
            } else {
                cursor.next();
            }
        }
        if (base.isEmpty()) {
            return Optional.empty();
        }
        String name = base.toString();
        String canonical = ALIASES.getOrDefault(name, name);
        if (canonical.equals("character") && modifiers.isEmpty()) {
            modifiers = "(1)";
        }
        int blank = canonical.indexOf(' ');
        String first = blank < 0 ? canonical : canonical.substring(0, blank);
        String spelled = PRECISION_INSIDE.contains(first) && blank > 0
                ? first + modifiers + canonical.substring(blank) : canonical + modifiers;
        return Optional.of(ColumnType.of(spelled + array));
    }

    /** A serial type: an integer column that a sequence fills, row by row. */
    static boolean isSerial(List<Word> typeWords) {
        return typeWords.size() == 1 && SERIAL.contains(typeWords.get(0).text().toLowerCase(Locale.ROOT));
    }

    /** Whether PostgreSQL changes {@code from} to {@code to} without rewriting the table (or its indexes). */
    static boolean withoutRewrite(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return true;
        }
        String old = from.baseName();
        String now = to.baseName();
        if (from.isArray() || to.isArray()) {
            return false;
        }
        if (now.equals("text")) {
            return old.equals("character varying") || old.equals("text");
        }
        if (old.equals("text") && now.equals("character varying")) {
            return to.modifiers().isEmpty();
        }
        if (old.equals("cidr") && now.equals("inet")) {
            return true;
        }
        if (!old.equals(now)) {
            return false;
        }
        if (now.equals("numeric")) {
            // numeric_transform: unconstrained, or the same scale with at least the precision
            List<Integer> was = from.modifiers();
            List<Integer> is = to.modifiers();
            return is.isEmpty() || (!was.isEmpty() && scale(was) == scale(is) && is.get(0) >= was.get(0));
        }
        return GROWS_IN_PLACE.contains(now) && grows(from.modifiers(), to.modifiers());
    }

    /** Whether every value of {@code from} survives the change to {@code to} unchanged. */
    static boolean keepsEveryValue(ColumnType from, ColumnType to) {
        return from.equals(to) || PostgresTypeWidening.INSTANCE.widens(to, from);
    }

    private static int scale(List<Integer> numeric) {
        return numeric.size() > 1 ? numeric.get(1) : 0;
    }

    /** No limit now, or a limit at least the old one (an unlimited one made limited is not a growth). */
    private static boolean grows(List<Integer> was, List<Integer> is) {
        return is.isEmpty() || (!was.isEmpty() && is.get(0) >= was.get(0));
    }
}
