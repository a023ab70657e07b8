package dev.retort.config;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * The settings retort takes from the application it migrates, read where the application keeps them: a Spring Boot
 * or Quarkus {@code application.properties|yml|yaml} (in {@code src/main/resources} of the project directory, or
 * {@code settings.path}), with the active profile's files and keys over it. They lie underneath retort's own
 * settings: {@code RETORT_*} variables, then {@code retort.properties}, then these, then retort's defaults.
 *
 * <ul>
 *   <li>{@code settings.from}: {@code auto} (the default: {@code quarkus.*} keys mean Quarkus, else {@code spring.*}
 *       keys mean Spring Boot, else nothing is read), {@code spring-boot}, {@code quarkus} or {@code none}.</li>
 *   <li>{@code retort.profile} ({@code --profile}, {@code RETORT_PROFILE}): the profiles, comma-separated; else
 *       {@code SPRING_PROFILES_ACTIVE} / {@code QUARKUS_PROFILE}; else {@code spring.profiles.active} /
 *       {@code quarkus.profile} in the files; else Spring's {@code default} and Quarkus's {@code prod}.</li>
 * </ul>
 */
final class ApplicationSettings {

    static final String PATH_KEY = "settings.path";
    static final String PROFILE_KEY = "retort.profile";

    private static final String RESOURCES = "src/main/resources";
    /** Where Maven, Gradle (Java, Kotlin) put the compiled entities: the classpath when none is configured. */
    private static final List<String> BUILD_OUTPUTS = List.of("target/classes", "build/classes/java/main",
            "build/classes/kotlin/main");
    /** Spring Boot's own implicit strategy: Boot 4's package, then Boot 2 and 3's. */
    private static final List<String> SPRING_IMPLICIT = List.of(
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");
    private static final String SPRING_IMPLICIT_COPY = "dev.retort.scanner.SpringBootImplicitNamingStrategy";

    private ApplicationSettings() {
    }

    /**
     * The application's settings as retort keys, with their origins; empty when there is no application to read.
     *
     * @param retort retort's own settings (file and environment), which choose the framework, the profile and the
     *               place of the files, and whose entity classpath may hold Spring Boot's naming strategy
     */
    static Map<String, Setting> read(Path projectDirectory, Map<String, String> retort,
                                     Map<String, String> environment) throws ConfigException {
        Framework chosen;
        try {
            chosen = Framework.parse(retort.getOrDefault(Framework.KEY, ""));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(Framework.KEY + " (retort.properties or RETORT_SETTINGS_FROM): "
                    + e.getMessage());
        }
        if (chosen == Framework.NONE) {
            return Map.of();
        }
        Path directory = projectDirectory.resolve(retort.getOrDefault(PATH_KEY, RESOURCES)).normalize();
        Framework framework = chosen != null ? chosen : detect(directory, projectDirectory, environment);
        if (framework == Framework.NONE) {
            return Map.of();
        }
        ApplicationProperties base = ApplicationProperties.base(directory, projectDirectory, framework, environment);
        if (base.isEmpty()) {
            throw new ConfigException(Framework.KEY + "=" + framework.key() + ", but " + directory
                    + " has no application.properties, application.yml or application.yaml (set " + PATH_KEY
                    + " to the directory holding them)");
        }
        Setting profiles = profiles(retort, base, framework);
        ApplicationProperties application = base.withProfiles(directory, projectDirectory,
                Arrays.stream(profiles.value().split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList());
        Map<String, Setting> settings = new LinkedHashMap<>();
        settings.put(Framework.KEY, new Setting(framework.key(), chosen != null ? "retort's " + Framework.KEY
                : "detected from the keys of " + projectDirectory.relativize(directory)));
        settings.put(PROFILE_KEY, profiles);
        Optional<Setting> buildOutput = buildOutput(projectDirectory);
        String classpath = retort.getOrDefault("entities.classpath", "");
        if (classpath.isBlank() && buildOutput.isPresent()) {
            classpath = buildOutput.get().value();
        }
        settings.putAll(framework == Framework.SPRING_BOOT
                ? SpringBootSettings.read(application, springImplicitStrategy(projectDirectory, classpath))
                : QuarkusSettings.read(application));
        buildOutput.ifPresent(classes -> settings.put("entities.classpath", classes));
        return settings;
    }

    private static Framework detect(Path directory, Path projectDirectory, Map<String, String> environment)
            throws ConfigException {
        Set<String> keys = ApplicationProperties.base(directory, projectDirectory, Framework.SPRING_BOOT,
                environment).allKeys();
        if (keys.stream().anyMatch(k -> k.startsWith("quarkus."))) {
            return Framework.QUARKUS;
        }
        return keys.stream().anyMatch(k -> k.startsWith("spring.")) ? Framework.SPRING_BOOT : Framework.NONE;
    }

    private static Setting profiles(Map<String, String> retort, ApplicationProperties base, Framework framework)
            throws ConfigException {
        String explicit = retort.getOrDefault(PROFILE_KEY, "").strip();
        if (!explicit.isEmpty()) {
            return new Setting(explicit, "--profile, RETORT_PROFILE or " + PROFILE_KEY);
        }
        String key = framework == Framework.SPRING_BOOT ? "spring.profiles.active" : "quarkus.profile";
        Optional<Setting> configured = base.get(key);
        if (configured.isPresent() && !configured.get().value().isEmpty()) {
            return configured.get();
        }
        return framework == Framework.SPRING_BOOT ? new Setting("default", "Spring Boot's default profile")
                : new Setting("prod", "Quarkus's default profile (a packaged application's)");
    }

    /** Spring's own class when the entities' classpath carries it (Spring is then the judge), else retort's copy. */
    private static String springImplicitStrategy(Path projectDirectory, String classpath) {
        List<Path> entries = Arrays.stream(classpath.split(File.pathSeparator)).map(String::strip)
                .filter(e -> !e.isEmpty()).map(e -> projectDirectory.resolve(e).normalize()).toList();
        for (String className : SPRING_IMPLICIT) {
            String resource = className.replace('.', '/') + ".class";
            if (entries.stream().anyMatch(entry -> holds(entry, resource))) {
                return className;
            }
        }
        return SPRING_IMPLICIT_COPY;
    }

    private static boolean holds(Path entry, String resource) {
        if (Files.isDirectory(entry)) {
            return Files.isRegularFile(entry.resolve(resource));
        }
        if (!Files.isRegularFile(entry)) {
            return false;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.getEntry(resource) != null;
        } catch (IOException notAJar) {
            return false;
        }
    }

    private static Optional<Setting> buildOutput(Path projectDirectory) {
        return BUILD_OUTPUTS.stream().filter(output -> Files.isDirectory(projectDirectory.resolve(output)))
                .findFirst().map(output -> new Setting(output, "the application's build output"));
    }
}
