package dev.retort.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An application's own {@code application.properties}, {@code application.yml} and {@code application.yaml}, with
 * its active profiles' {@code application-<profile>.*} files over them, looked up the way its framework looks them up:
 * <ul>
 *   <li>Spring Boot: a {@code .properties} file wins over the YAML of the same name; a YAML document (or a
 *       {@code #---} section) with {@code spring.config.activate.on-profile} counts only for that profile; the
 *       environment's {@code SPRING_DATASOURCE_URL} form of a key wins over the files, as in Spring.</li>
 *   <li>Quarkus: {@code %<profile>.key} wins over {@code key} in any file; YAML wins over {@code .properties} (its
 *       ordinal is higher); {@code QUARKUS_DATASOURCE_JDBC_URL} in the environment wins over the files.</li>
 * </ul>
 * {@code ${NAME:default}} placeholders are resolved when a value is read (a placeholder in a key retort never reads
 * is never an error).
 */
final class ApplicationProperties {

    private static final List<String> EXTENSIONS = List.of("properties", "yml", "yaml");
    private static final Pattern PROPERTIES_DOCUMENT_SEPARATOR = Pattern.compile("(?m)^[#!]---[ \\t]*$");
    private static final List<String> SPRING_PROFILE_CONDITIONS = List.of("spring.config.activate.on-profile",
            "spring.profiles");

    /** One document of one file: its values, and the profile it is limited to, if any. */
    private record Source(String file, Map<String, String> values, String onProfile) {
    }

    private final Framework framework;
    private final List<Source> sources;
    private final List<String> profiles;
    private final Map<String, String> environment;

    private ApplicationProperties(Framework framework, List<Source> sources, List<String> profiles,
                                  Map<String, String> environment) {
        this.framework = framework;
        this.sources = sources;
        this.profiles = profiles;
        this.environment = environment;
    }

    /** The files {@code application.*} of {@code directory} alone, before any profile is chosen. */
    static ApplicationProperties base(Path directory, Path projectDirectory, Framework framework,
                                      Map<String, String> environment) throws ConfigException {
        return new ApplicationProperties(framework, read(directory, projectDirectory, "application", framework),
                List.of(), environment);
    }

    /** These files with the profiles' files over them, and the profiles' own documents and keys counted. */
    ApplicationProperties withProfiles(Path directory, Path projectDirectory, List<String> active)
            throws ConfigException {
        List<Source> all = new ArrayList<>(sources);
        for (String profile : active) {
            all.addAll(read(directory, projectDirectory, "application-" + profile, framework));
        }
        List<Source> applying = all.stream().filter(s -> s.onProfile() == null
                || active.stream().anyMatch(p -> matches(s.onProfile(), p))).toList();
        return new ApplicationProperties(framework, applying, List.copyOf(active), environment);
    }

    boolean isEmpty() {
        return sources.stream().allMatch(s -> s.values().isEmpty());
    }

    /** Every key of the files, without profile prefixes, whatever its profile: for detecting the framework. */
    Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        sources.forEach(s -> s.values().keySet().forEach(k -> keys.add(withoutProfile(k))));
        return keys;
    }

    /** The keys under {@code prefix} (with the dot) that apply now. */
    Set<String> keysUnder(String prefix) {
        Set<String> keys = new TreeSet<>();
        for (Source source : sources) {
            for (String key : source.values().keySet()) {
                String plain = withoutProfile(key);
                boolean applies = plain.equals(key) || profiles.contains(key.substring(1, key.indexOf('.')));
                if (applies && plain.startsWith(prefix)) {
                    keys.add(plain);
                }
            }
        }
        return keys;
    }

    /** The value of {@code key} with placeholders resolved, and where it was written. */
    Optional<Setting> get(String key) throws ConfigException {
        Optional<Setting> raw = raw(key);
        if (raw.isEmpty()) {
            return raw;
        }
        String origin = raw.get().origin();
        String value = Placeholders.resolve(raw.get().value(), origin, environment,
                name -> raw(name).map(Setting::value).orElse(null));
        return Optional.of(new Setting(value.strip(), origin));
    }

    /**
     * A list setting, written either as one comma-separated value or as YAML list items ({@code key[0]},
     * {@code key[1]}), as one comma-separated value.
     */
    Optional<Setting> list(String key) throws ConfigException {
        Optional<Setting> whole = get(key);
        if (whole.isPresent()) {
            return whole;
        }
        List<String> items = new ArrayList<>();
        String origin = null;
        for (int i = 0; ; i++) {
            Optional<Setting> item = get(key + "[" + i + "]");
            if (item.isEmpty()) {
                break;
            }
            items.add(item.get().value());
            origin = origin == null ? item.get().origin().replace("[0]", "") : origin;
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new Setting(String.join(",", items), origin));
    }

    /** Puts {@code from}'s value, when it has a non-empty one, into {@code settings} as retort's key {@code to}. */
    void copy(String from, String to, Map<String, Setting> settings) throws ConfigException {
        put(get(from), to, settings);
    }

    /** As {@link #copy}, for a {@link #list} setting. */
    void copyList(String from, String to, Map<String, Setting> settings) throws ConfigException {
        put(list(from), to, settings);
    }

    private static void put(Optional<Setting> setting, String to, Map<String, Setting> settings) {
        if (setting.isPresent() && !setting.get().value().isEmpty()) {
            settings.put(to, setting.get());
        }
    }

    private Optional<Setting> raw(String key) {
        String variable = environmentVariable(key);
        if (environment.containsKey(variable)) {
            return Optional.of(new Setting(environment.get(variable), "environment " + variable));
        }
        if (framework == Framework.QUARKUS) {
            for (int p = profiles.size() - 1; p >= 0; p--) {
                Optional<Setting> profiled = fromFiles("%" + profiles.get(p) + "." + key);
                if (profiled.isPresent()) {
                    return profiled;
                }
            }
        }
        return fromFiles(key);
    }

    private Optional<Setting> fromFiles(String key) {
        for (int i = sources.size() - 1; i >= 0; i--) {
            Source source = sources.get(i);
            String value = source.values().get(key);
            if (value != null) {
                return Optional.of(new Setting(value, source.file() + ": " + key));
            }
        }
        return Optional.empty();
    }

    /** How the framework reads a key from the environment: Spring drops dashes, MicroProfile makes them underscores. */
    private String environmentVariable(String key) {
        String name = framework == Framework.SPRING_BOOT ? key.replace("-", "").replace('.', '_')
                : key.replaceAll("[^A-Za-z0-9]", "_");
        return name.toUpperCase(Locale.ROOT);
    }

    private static String withoutProfile(String key) {
        return key.startsWith("%") && key.indexOf('.') > 0 ? key.substring(key.indexOf('.') + 1) : key;
    }

    /** Spring's profile condition: a comma-separated list of names, each perhaps negated with {@code !}. */
    private static boolean matches(String condition, String profile) {
        for (String part : condition.split(",")) {
            String name = part.strip();
            if (name.startsWith("!") ? !name.substring(1).strip().equals(profile) : name.equals(profile)) {
                return true;
            }
        }
        return false;
    }

    /** The documents of {@code <name>.properties|yml|yaml}, lowest precedence first. */
    private static List<Source> read(Path directory, Path projectDirectory, String name, Framework framework)
            throws ConfigException {
        List<Source> documents = new ArrayList<>();
        // Spring: .properties over YAML; Quarkus: YAML (ordinal 255) over .properties (250).
        List<String> order = framework == Framework.QUARKUS ? EXTENSIONS : List.of("yaml", "yml", "properties");
        for (String extension : order) {
            Path file = directory.resolve(name + "." + extension);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String shown = shown(file, projectDirectory);
            List<Map<String, String>> values = extension.equals("properties") ? properties(file)
                    : YamlFlattener.documents(file);
            for (Map<String, String> document : values) {
                String onProfile = SPRING_PROFILE_CONDITIONS.stream().map(document::get).filter(v -> v != null)
                        .findFirst().orElse(null);
                documents.add(new Source(shown, document,
                        framework == Framework.SPRING_BOOT ? onProfile : null));
            }
        }
        return documents;
    }

    private static List<Map<String, String>> properties(Path file) throws ConfigException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<Map<String, String>> documents = new ArrayList<>();
            for (String section : PROPERTIES_DOCUMENT_SEPARATOR.split(text)) {
                Properties properties = new Properties();
                properties.load(new StringReader(section));
                Map<String, String> values = new LinkedHashMap<>();
                properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
                documents.add(values);
            }
            return documents;
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String shown(Path file, Path projectDirectory) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(projectDirectory) ? projectDirectory.relativize(absolute).toString()
                : absolute.toString();
    }
}
