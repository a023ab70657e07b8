package dev.retort.dialect.postgresql;

import dev.retort.schema.QualifiedName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place where PostgreSQL identifiers and literals are quoted. A name is written bare only when
 * PostgreSQL would read it back unchanged: lower case letters, digits, {@code _} and {@code $}, not starting
 * with a digit or {@code $}, and not a keyword that needs quoting (the list is PostgreSQL's own
 * {@code pg_get_keywords()}, kept as a resource).
 */
public final class PostgresIdentifiers {

    private static final Pattern BARE = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Set<String> KEYWORDS = loadKeywords();

    private PostgresIdentifiers() {
    }

    public static String quote(String identifier) {
        if (BARE.matcher(identifier).matches() && !KEYWORDS.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    public static String qualified(QualifiedName name) {
        return quote(name.schema()) + "." + quote(name.name());
    }

    /** A string literal; standard_conforming_strings is on in every supported PostgreSQL. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Whether PostgreSQL would need quotes to keep this name as it is. */
    public static boolean needsQuotes(String identifier) {
        return !quote(identifier).equals(identifier);
    }

    private static Set<String> loadKeywords() {
        try (InputStream in = PostgresIdentifiers.class.getResourceAsStream("quoted-keywords.txt")) {
            if (in == null) {
                throw new IllegalStateException("quoted-keywords.txt is missing from the retort jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
