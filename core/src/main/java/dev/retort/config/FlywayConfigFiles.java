package dev.retort.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Flyway's own configuration files in the project directory, as the Flyway command line finds them there:
 * {@code flyway.toml} (Flyway 10 and later; {@code [flyway]} and its sub-tables such as {@code [flyway.placeholders]},
 * and {@code schemas} of {@code [environments.default]}) and the older {@code flyway.conf} ({@code flyway.*} properties),
 * each also under {@code conf/}. Only the keys {@link FlywaySettings} reads are kept; where both files set a key, the
 * TOML file wins, as in Flyway.
 */
final class FlywayConfigFiles {

    private static final List<String> DIRECTORIES = List.of("conf", "");

    private FlywayConfigFiles() {
    }

    static Map<String, Setting> read(Path projectDirectory) throws ConfigException {
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (String directory : DIRECTORIES) {
            Path conf = projectDirectory.resolve(directory).resolve("flyway.conf");
            if (Files.isRegularFile(conf)) {
                properties(conf, projectDirectory, settings);
            }
        }
        for (String directory : DIRECTORIES) {
            Path toml = projectDirectory.resolve(directory).resolve("flyway.toml");
            if (Files.isRegularFile(toml)) {
                toml(toml, projectDirectory, settings);
            }
        }
        return settings;
    }

    /** Whether the project has a Flyway configuration file (for telling the script format). */
    static boolean present(Path projectDirectory) {
        return DIRECTORIES.stream().anyMatch(d -> Files.isRegularFile(projectDirectory.resolve(d).resolve("flyway.conf"))
                || Files.isRegularFile(projectDirectory.resolve(d).resolve("flyway.toml")));
    }

    private static void properties(Path file, Path projectDirectory, Map<String, Setting> settings)
            throws ConfigException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        String shown = projectDirectory.relativize(file).toString();
        for (String key : properties.stringPropertyNames()) {
            put(key, properties.getProperty(key), shown + ": " + key, settings);
        }
    }

    /**
     * The TOML Flyway's files use: tables, {@code key = "string"}, numbers, booleans and arrays of strings on one
     * line; comments after {@code #}.
     */
    private static void toml(Path file, Path projectDirectory, Map<String, Setting> settings)
            throws ConfigException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        String shown = projectDirectory.relativize(file).toString();
        String table = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = withoutComment(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw new ConfigException(file + " line " + (i + 1) + ": a table header without its ]");
                }
                table = line.substring(1, line.length() - 1).strip();
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new ConfigException(file + " line " + (i + 1) + ": expected key = value");
            }
            String key = unquote(line.substring(0, equals).strip());
            String value = value(line.substring(equals + 1).strip(), file, i + 1);
            String origin = shown + ": " + (table.isEmpty() ? "" : table + ".") + key;
            if (table.equals("flyway") || table.startsWith("flyway.")) {
                // [flyway] key, [flyway.placeholders] key, [flyway.postgresql.transactional] lock, dotted keys alike
                put(table + "." + key, value, origin, settings);
            } else if (table.equals("environments.default") && key.equals("schemas")) {
                put("flyway.schemas", value, origin, settings);
            }
        }
    }

    private static void put(String key, String value, String origin, Map<String, Setting> settings) {
        if (FlywaySettings.known(key) && !value.isBlank()) {
            settings.put(key, new Setting(value.strip(), origin));
        }
    }

    private static String value(String text, Path file, int line) throws ConfigException {
        if (text.startsWith("[")) {
            if (!text.endsWith("]")) {
                throw new ConfigException(file + " line " + line + ": an array must close on its line");
            }
            List<String> items = new ArrayList<>();
            for (String item : text.substring(1, text.length() - 1).split(",")) {
                if (!item.isBlank()) {
                    items.add(unquote(item.strip()));
                }
            }
            return String.join(",", items);
        }
        return unquote(text);
    }

    private static String unquote(String text) {
        if (text.length() > 1 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return text;
    }

    /** The line up to a {@code #} outside quotes. */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
