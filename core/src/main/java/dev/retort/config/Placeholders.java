package dev.retort.config;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code ${NAME}} and {@code ${NAME:default}} in application settings, resolved the way Spring Boot and Quarkus
 * resolve them for the simple forms: from the environment (the name as written, then in capitals with dots and
 * dashes as underscores, {@code ${db.url}} reading {@code DB_URL}), else from another application setting, else the
 * default. A placeholder nothing resolves is an error naming it, as it is when the application starts.
 */
final class Placeholders {

    /** Deep enough for any sane chain of settings naming settings, short of a cycle. */
    private static final int MAX_DEPTH = 10;

    private Placeholders() {
    }

    static String resolve(String text, String origin, Map<String, String> environment,
                          Function<String, String> settings) throws ConfigException {
        return resolve(text, origin, environment, settings, 0);
    }

    private static String resolve(String text, String origin, Map<String, String> environment,
                                  Function<String, String> settings, int depth) throws ConfigException {
        if (depth > MAX_DEPTH) {
            throw new ConfigException("placeholders in " + origin + " refer to each other in a cycle");
        }
        StringBuilder result = new StringBuilder();
        int from = 0;
        while (true) {
            int start = text.indexOf("${", from);
            if (start < 0) {
                return result.append(text, from, text.length()).toString();
            }
            int end = closingBrace(text, start + 2);
            if (end < 0) {
                return result.append(text, from, text.length()).toString();
            }
            result.append(text, from, start);
            String expression = text.substring(start + 2, end);
            int colon = expression.indexOf(':');
            String name = colon < 0 ? expression : expression.substring(0, colon);
            String value = lookUp(name.strip(), environment, settings);
            if (value == null && colon >= 0) {
                value = expression.substring(colon + 1);
            }
            if (value == null) {
                throw new ConfigException(origin + " uses ${" + name + "}, which nothing sets: set the environment"
                        + " variable " + name + " (or give a default, ${" + name + ":value})");
            }
            result.append(resolve(value, origin, environment, settings, depth + 1));
            from = end + 1;
        }
    }

    private static String lookUp(String name, Map<String, String> environment, Function<String, String> settings) {
        String value = environment.get(name);
        if (value == null) {
            value = environment.get(name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
        }
        return value != null ? value : settings.apply(name);
    }

    /** The brace closing the placeholder opened before {@code from}, skipping nested {@code ${...}}. */
    private static int closingBrace(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && i > 0 && text.charAt(i - 1) == '$') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}
