package dev.retort.dialect.postgresql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * The names PostgreSQL gives constraints the DDL leaves unnamed, so that retort can name them the same way
 * without asking: {@code <table>_pkey}, {@code <table>_<columns>_key}, {@code <table>_<column>_check} (or
 * {@code <table>_check} when the check reads several columns), {@code <table>_<columns>_fkey}. Names are cut to
 * 63 bytes the way PostgreSQL cuts them (the longer part loses characters first), and a name already taken gets
 * a number after its label ({@code _pkey1}). This mirrors {@code makeObjectName}, {@code ChooseRelationName} and
 * {@code ChooseConstraintName} in PostgreSQL's {@code indexcmds.c}/{@code pg_constraint.c}; the tests compare it
 * with the server's own choices. {@link #truncated} is the one rule by which every identifier is cut.
 */
public final class PostgresNames {

    /** PostgreSQL's NAMEDATALEN - 1: the longest identifier, in bytes. */
    static final int MAX_BYTES = 63;

    private PostgresNames() {
    }

    /**
     * The name PostgreSQL keeps of an identifier: its first 63 bytes, cut on a character boundary (the server
     * truncates every identifier it reads this way, with a NOTICE, in a UTF-8 database).
     */
    public static String truncated(String identifier) {
        return clip(identifier, MAX_BYTES);
    }

    /**
     * {@code name} followed by {@code suffix}, the name cut so that the whole fits in 63 bytes: a temporary name
     * that PostgreSQL would otherwise cut back to the name itself.
     */
    static String withSuffix(String name, String suffix) {
        return clip(name, MAX_BYTES - bytes(suffix)) + suffix;
    }

    public static String primaryKey(String table, Predicate<String> taken) {
        return choose(table, null, "pkey", taken);
    }

    public static String unique(String table, List<String> columns, Predicate<String> taken) {
        return choose(table, columnAddition(columns), "key", taken);
    }

    public static String check(String table, List<String> columns, Predicate<String> taken) {
        return choose(table, columns.size() == 1 ? columns.get(0) : null, "check", taken);
    }

    public static String foreignKey(String table, List<String> columns, Predicate<String> taken) {
        return choose(table, columnAddition(columns), "fkey", taken);
    }

    /** The first of {@code label}, {@code label1}, {@code label2}, ... that gives a name not taken. */
    static String choose(String name1, String name2, String label, Predicate<String> taken) {
        String name = objectName(name1, name2, label);
        for (int pass = 1; taken.test(name); pass++) {
            name = objectName(name1, name2, label + pass);
        }
        return name;
    }

    /** {@code name1_name2_label}, its parts cut so that the whole fits in 63 bytes. */
    static String objectName(String name1, String name2, String label) {
        int overhead = (name2 == null ? 0 : 1) + (label == null ? 0 : bytes(label) + 1);
        int available = MAX_BYTES - overhead;
        int name1Bytes = bytes(name1);
        int name2Bytes = name2 == null ? 0 : bytes(name2);
        while (name1Bytes + name2Bytes > available) {
            if (name1Bytes > name2Bytes) {
                name1Bytes--;
            } else {
                name2Bytes--;
            }
        }
        StringBuilder name = new StringBuilder(clip(name1, name1Bytes));
        if (name2 != null) {
            name.append('_').append(clip(name2, name2Bytes));
        }
        if (label != null) {
            name.append('_').append(label);
        }
        return name.toString();
    }

    /** Column names joined with {@code _}, stopping once 63 bytes are reached, each name cut to 63 bytes. */
    static String columnAddition(List<String> columns) {
        StringBuilder addition = new StringBuilder();
        for (String column : columns) {
            if (addition.length() > 0) {
                addition.append('_');
            }
            addition.append(truncated(column));
            if (bytes(addition.toString()) >= MAX_BYTES) {
                break;
            }
        }
        return addition.toString();
    }

    /** The longest prefix of {@code text} of at most {@code maxBytes} UTF-8 bytes that ends on a character. */
    static String clip(String text, int maxBytes) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
