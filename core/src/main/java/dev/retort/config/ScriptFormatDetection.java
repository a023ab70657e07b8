package dev.retort.config;

import dev.retort.config.RetortConfig.DatabaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The script format of a project that does not set {@code script.format}, told from what the project already has,
 * strongest evidence first: retort's own revision files; {@code V<version>__<description>.sql} files in a Flyway
 * location, or a Liquibase master changelog ({@code liquibase.change-log}, {@code spring.liquibase.change-log},
 * {@code db/changelog/db.changelog-master.*}); Flyway settings ({@code flyway.conf}, {@code flyway.toml},
 * {@code spring.flyway.*}, {@code quarkus.flyway.*}, unless {@code enabled} is false); else retort's own, unless the
 * database, once a command connects to it anyway, holds Flyway's history table ({@link FlywaySettings#lookInDatabase()};
 * asked here only for {@code --verbose}, so that no command waits twice on a server that does not answer). Evidence of
 * both Flyway and Liquibase is an error asking to choose.
 */
final class ScriptFormatDetection {

    /**
     * @param format          what the project was found to use
     * @param reason          why, for {@code --verbose}; empty when nothing was found and retort's own format is the
     *                        default
     * @param flywayDirectory for Flyway, the first directory found holding its scripts, where the next version goes
     */
    record Detected(ScriptFormat format, String reason, Optional<Path> flywayDirectory) {

        Detected(ScriptFormat format, String reason) {
            this(format, reason, Optional.empty());
        }
    }

    static final String FLYWAY_ENABLED = "flyway.enabled";
    /** The reason of a format {@code script.format} sets: nothing was told from the project. */
    static final String SET = "set";

    private static final Pattern VERSIONED = Pattern.compile("^V\\d+(?:[._]\\d+)*__.+\\.sql$");
    /** Spring Boot's default masters, then Quarkus's. */
    private static final List<String> LIQUIBASE_MASTERS = java.util.stream.Stream.concat(
            Stream.of("yaml", "yml", "xml", "json", "sql")
                    .map(extension -> "src/main/resources/db/changelog/db.changelog-master." + extension),
            Stream.of("src/main/resources/db/changeLog.xml")).toList();
    /** Where Spring Boot and Quarkus look when no location is configured. */
    static final String DEFAULT_FLYWAY_LOCATION = "classpath:db/migration";

    private ScriptFormatDetection() {
    }

    /** What the project's files and settings say; {@code RETORT} with no reason when they say nothing. */
    static Detected detect(Path projectDirectory, Map<String, String> values, FlywaySettings flyway)
            throws ConfigException {
        Path retortVersions = projectDirectory.resolve(values.getOrDefault("script.location", "migrations"))
                .resolve("versions").normalize();
        if (hasFiles(retortVersions, name -> name.endsWith(".sql"))) {
            return new Detected(ScriptFormat.RETORT, "retort's revision files in "
                    + projectDirectory.relativize(retortVersions));
        }
        List<String> flywayEvidence = new ArrayList<>();
        List<Path> directories = new ArrayList<>();
        if (!values.getOrDefault("script.location", "").isBlank()) {
            directories.add(projectDirectory.resolve(values.get("script.location")).normalize());
        }
        (flyway.locations().isEmpty() ? List.of(DEFAULT_FLYWAY_LOCATION) : flyway.locations())
                .forEach(location -> directories.add(FlywaySettings.directoryOf(location, projectDirectory)));
        Optional<Path> scripts = Optional.empty();
        for (Path directory : directories.stream().distinct().toList()) {
            if (hasFiles(directory, name -> VERSIONED.matcher(name).matches())) {
                flywayEvidence.add("V*__*.sql files in " + projectDirectory.relativize(directory));
                scripts = scripts.or(() -> Optional.of(directory));
            }
        }
        boolean flywayEnabled = !values.getOrDefault(FLYWAY_ENABLED, "").strip().equalsIgnoreCase("false");
        if (flywayEnabled && !flyway.configuration().isEmpty()) {
            flywayEvidence.add("Flyway settings (" + String.join(", ", flyway.configuration().keySet()) + ")");
        }
        Optional<String> liquibase = liquibase(projectDirectory, values);
        if (!flywayEvidence.isEmpty() && liquibase.isPresent()) {
            throw new ConfigException("this project has both Flyway's migrations (" + flywayEvidence.get(0)
                    + ") and Liquibase's (" + liquibase.get() + "): set script.format=flyway, liquibase or retort in "
                    + "retort.properties (or RETORT_SCRIPT_FORMAT)");
        }
        if (!flywayEvidence.isEmpty()) {
            return new Detected(ScriptFormat.FLYWAY, flywayEvidence.get(0), scripts); // the strongest evidence
        }
        if (liquibase.isPresent()) {
            return new Detected(ScriptFormat.LIQUIBASE, liquibase.get());
        }
        return new Detected(ScriptFormat.RETORT, "");
    }

    /** As {@link #detect}, and when that says nothing, what the database says (for {@code --verbose}). */
    static Detected detect(Path projectDirectory, Map<String, String> values, FlywaySettings flyway,
                           DatabaseSettings database) throws ConfigException {
        Detected detected = detect(projectDirectory, values, flyway);
        if (detected.reason().isEmpty() && flyway.lookInDatabase() && hasFlywayHistory(database, flyway)) {
            return new Detected(ScriptFormat.FLYWAY, "the database has Flyway's table " + flyway.table());
        }
        return detected;
    }

    /** Whether the settings leave the format to the database: nothing said, Flyway not disabled, a server. */
    static boolean leftToDatabase(Detected detected, Map<String, String> values, DatabaseSettings database) {
        return detected.format() == ScriptFormat.RETORT && detected.reason().isEmpty() && !database.isEmbedded()
                && !values.getOrDefault(FLYWAY_ENABLED, "").strip().equalsIgnoreCase("false");
    }

    private static Optional<String> liquibase(Path projectDirectory, Map<String, String> values) {
        String changeLog = values.getOrDefault(OtherTools.LIQUIBASE_CHANGE_LOG, "").strip();
        if (!changeLog.isEmpty()) {
            return Optional.of("its master changelog " + changeLog + " (" + OtherTools.LIQUIBASE_CHANGE_LOG + ")");
        }
        return LIQUIBASE_MASTERS.stream().filter(master -> Files.isRegularFile(projectDirectory.resolve(master)))
                .findFirst().map(master -> "its master changelog " + master);
    }

    private interface NameTest {
        boolean matches(String name);
    }

    private static boolean hasFiles(Path directory, NameTest test) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> test.matches(f.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the database holds Flyway's history table; a database that cannot be reached within two seconds has
     * none as far as this question goes (the command itself then says what is wrong with the connection).
     */
    private static boolean hasFlywayHistory(DatabaseSettings database, FlywaySettings flyway) {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "2");
        properties.setProperty("socketTimeout", "5");
        String table = flyway.defaultSchema().map(schema -> quote(schema) + ".").orElse("") + quote(flyway.table());
        try (Connection connection = DriverManager.getConnection(database.url(), properties);
             PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
