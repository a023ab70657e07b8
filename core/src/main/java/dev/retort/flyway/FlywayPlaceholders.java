package dev.retort.flyway;

import dev.retort.config.FlywaySettings;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Flyway's placeholder replacement ({@code ${name}}, or the project's {@code placeholderPrefix} and
 * {@code placeholderSuffix}), done as Flyway does it before it splits a script: the project's {@code placeholders.*}
 * by name, case-insensitively, and Flyway's own {@code flyway:defaultSchema}, {@code flyway:table} and
 * {@code flyway:filename}. Other built-in placeholders ({@code flyway:user}, {@code flyway:timestamp}, ...) are left
 * as written: only Flyway knows them when it runs.
 */
public final class FlywayPlaceholders {

    private FlywayPlaceholders() {
    }

    /**
     * @return the text Flyway executes
     * @throws IllegalArgumentException naming a placeholder nothing sets, which Flyway refuses as well
     */
    public static String replace(String text, FlywaySettings settings, String fileName) {
        if (!settings.placeholderReplacement()) {
            return text;
        }
        Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        values.putAll(settings.placeholders());
        settings.defaultSchema().ifPresent(schema -> values.put("flyway:defaultSchema", schema));
        values.put("flyway:table", settings.table());
        values.put("flyway:filename", fileName);
        String prefix = settings.placeholderPrefix();
        String suffix = settings.placeholderSuffix();
        StringBuilder result = new StringBuilder();
        int from = 0;
        while (true) {
            int start = text.indexOf(prefix, from);
            int end = start < 0 ? -1 : text.indexOf(suffix, start + prefix.length());
            if (end < 0) {
                return result.append(text, from, text.length()).toString();
            }
            String name = text.substring(start + prefix.length(), end);
            result.append(text, from, start);
            Optional<String> value = Optional.ofNullable(values.get(name));
            if (value.isPresent()) {
                result.append(value.get());
            } else if (name.toLowerCase(Locale.ROOT).startsWith("flyway:")) {
                result.append(text, start, end + suffix.length());
            } else {
                throw new IllegalArgumentException("no value for the placeholder " + prefix + name + suffix
                        + ", which Flyway refuses as well: set flyway.placeholders." + name + " (flyway.conf,"
                        + " flyway.toml, spring.flyway.placeholders." + name + " or retort.properties)");
            }
            from = end + suffix.length();
        }
    }

    /** Whether Flyway's replacement would change {@code text} at all (so a generated statement must be kept from it). */
    public static boolean touches(String text, FlywaySettings settings) {
        return settings.placeholderReplacement() && text.contains(settings.placeholderPrefix());
    }
}
