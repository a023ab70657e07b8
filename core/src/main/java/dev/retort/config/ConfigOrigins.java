package dev.retort.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which setting came from where, for {@code --verbose}: a {@code RETORT_*} variable, retort.properties, or the
 * application's file and key ({@code src/main/resources/application.yml: spring.datasource.url}). A password is never
 * shown, and a URL only with any password in it redacted.
 */
public final class ConfigOrigins {

    private ConfigOrigins() {
    }

    /**
     * One line per setting, {@code key = value (origin)} in key order, when the application's settings are read;
     * none otherwise (every setting then comes from retort.properties or its variable, and {@code --verbose} keeps to
     * the steps' times).
     */
    public static List<String> describe(Path configFile, Map<String, String> environment) throws ConfigException {
        Path file = configFile.toAbsolutePath().normalize();
        Map<String, String> retort = ConfigLoader.retortValues(file, environment);
        Map<String, String> fromFile = Files.isRegularFile(file) ? ConfigLoader.read(file) : Map.of();
        Map<String, Setting> application = new java.util.LinkedHashMap<>(FlywayConfigFiles.read(file.getParent()));
        application.putAll(ApplicationSettings.read(file.getParent(), retort, environment));
        List<String> detected = detectedFormat(file, environment);
        if (application.isEmpty()) {
            // retort's own settings alone: their origins are retort.properties and RETORT_*, as documented.
            return detected;
        }
        Map<String, String> hibernateFromEnvironment = EnvironmentVariables.hibernateSettings(environment);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> entry : ConfigLoader.values(file, environment).entrySet()) {
            String key = entry.getKey();
            String origin;
            String variable = ConfigLoader.environmentVariable(key);
            if (hibernateFromEnvironment.containsKey(key)) {
                origin = "environment " + EnvironmentVariables.HIBERNATE_PREFIX + "*";
            } else if (!environment.getOrDefault(variable, "").isBlank()) {
                // The command line's --profile reaches the configuration as RETORT_PROFILE.
                origin = (key.equals(ApplicationSettings.PROFILE_KEY) ? "--profile or " : "") + "environment "
                        + variable;
            } else if (!fromFile.getOrDefault(key, "").isBlank()) {
                origin = file.getFileName() + ": " + key;
            } else if (application.containsKey(key)) {
                origin = application.get(key).origin();
            } else {
                origin = file.getFileName() + ": " + key;
            }
            lines.add(key + " = " + shown(key, entry.getValue()) + " (" + origin + ")");
        }
        lines.addAll(detected);
        return lines;
    }

    /** The script format told from the project, and why, when {@code script.format} is unset and it is not retort's. */
    private static List<String> detectedFormat(Path file, Map<String, String> environment) throws ConfigException {
        Map<String, String> values = ConfigLoader.values(file, environment);
        if (!values.getOrDefault(ScriptFormat.KEY, "").isBlank()) {
            return List.of();
        }
        RetortConfig config = ConfigLoader.load(file, environment);
        ScriptFormatDetection.Detected detected = ScriptFormatDetection.detect(file.getParent(), values,
                config.flyway(), config.database());
        // retort's own format, the default, goes without saying (as before any format was told from the project).
        return detected.format() == ScriptFormat.RETORT ? List.of() : List.of(ScriptFormat.KEY + " = "
                + detected.format().key() + " (detected: " + detected.reason() + ")");
    }

    private static String shown(String key, String value) {
        if (key.toLowerCase(Locale.ROOT).contains("password")) {
            return "***";
        }
        return key.endsWith(".url") || key.endsWith(".database") ? Redaction.url(value) : value;
    }
}
