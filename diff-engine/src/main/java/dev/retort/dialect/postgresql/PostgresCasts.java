package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.PostgresIdentifiers.quote;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a column's values convert when its type changes. PostgreSQL's built-in casts are data
 * ({@code casts.txt}, from {@code pg_cast}); character types convert to and from anything through the types'
 * text input and output; anything else (bigint to uuid, boolean to date) goes through text explicitly, which
 * works whenever the text form of every value is valid for the new type and fails, naming the value, otherwise.
 */
final class PostgresCasts {

    private static final Set<String> CASTS = load();
    private static final List<String> CHARACTER = List.of("text", "character varying", "character", "\"char\"");

    private PostgresCasts() {
    }

    /** The USING clause of an ALTER COLUMN ... TYPE, or nothing when the base type stays. */
    static String using(Column from, Column to) {
        if (from.type().baseName().equals(to.type().baseName())) {
            return "";
        }
        return " USING " + conversion(quote(to.name()), from.type(), to.type());
    }

    /**
     * The expression that converts {@code value}, of type {@code source}, to {@code target}, as a USING clause
     * does: PostgreSQL's cast when it has one (or the same base type), else through the value's text form.
     */
    static String conversion(String value, ColumnType source, ColumnType target) {
        boolean direct = source.baseName().equals(target.baseName())
                || (source.isArray() == target.isArray() && (isCharacter(source) || isCharacter(target)
                        || CASTS.contains(element(source) + "\t" + element(target))));
        if (direct) {
            return value + "::" + target.sql();
        }
        // Element by element between arrays; between an array and a scalar, the whole value's text form (an array
        // has no cast to a scalar, nor a scalar to an array, but both print and parse as text).
        boolean arrays = source.isArray() && target.isArray();
        return value + (arrays ? "::text[]::" : "::text::") + target.sql();
    }

    /** Whether the type (or its element type) is a character type, whose values are their text. */
    static boolean isCharacter(ColumnType type) {
        return CHARACTER.contains(element(type));
    }

    /** The base type of a column type, or of its elements for an array. */
    private static String element(ColumnType type) {
        String base = type.baseName();
        return base.endsWith("[]") ? base.substring(0, base.length() - 2) : base;
    }

    private static Set<String> load() {
        try (InputStream in = PostgresCasts.class.getResourceAsStream("casts.txt")) {
            if (in == null) {
                throw new IllegalStateException("casts.txt is missing from the retort jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
