package dev.retort.scanner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hibernate versions the scanner supports, each with its whole runtime classpath as the build resolved it
 * (entity-scanner's pom, src/test/hibernate-versions): an application's classpath, minus the application.
 * Shared with core's tests through entity-scanner's test-jar.
 */
public final class HibernateVersions {

    /** Every supported line, oldest first; the build resolves the newest release of each. */
    public static final List<String> LINES = List.of("6.6", "7.0", "7.1", "7.2", "7.3", "7.4");

    private static final Pattern CORE_JAR = Pattern.compile("hibernate-core-(.+)\\.jar");

    /**
     * One line's release and its jars.
     *
     * @param version   the release, {@code 6.6.56.Final}
     * @param classpath hibernate-core and everything it needs at run time
     */
    public record Version(String version, List<Path> classpath) {
        public Version {
            classpath = List.copyOf(classpath);
        }

        /** The jars followed by the entities' classpath: what an application on this version hands retort. */
        public List<Path> with(List<Path> entities) {
            return java.util.stream.Stream.concat(classpath.stream(), entities.stream()).toList();
        }

        @Override
        public String toString() {
            return "Hibernate " + version;
        }
    }

    private HibernateVersions() {
    }

    public static List<Version> all() {
        return LINES.stream().map(HibernateVersions::of).toList();
    }

    public static Version of(String line) {
        String resource = "hibernate-versions/hibernate-" + line + ".classpath";
        URL file = HibernateVersions.class.getClassLoader().getResource(resource);
        if (file == null) {
            throw new IllegalStateException(resource + " is missing from the test classpath: entity-scanner's "
                    + "generate-test-resources writes it (maven-invoker-plugin); run the build through that phase");
        }
        String text;
        try (InputStream in = file.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        List<Path> jars = Arrays.stream(text.split(java.io.File.pathSeparator)).map(Path::of).toList();
        String version = jars.stream().map(jar -> CORE_JAR.matcher(jar.getFileName().toString()))
                .filter(Matcher::matches).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new IllegalStateException(file + " has no hibernate-core jar"));
        if (!version.startsWith(line + ".")) {
            throw new IllegalStateException(file + " holds Hibernate " + version + ", not a " + line);
        }
        jars.stream().filter(jar -> !Files.isRegularFile(jar)).findFirst().ifPresent(missing -> {
            throw new IllegalStateException(file + " names " + missing + ", which is not there: build again");
        });
        return new Version(version, jars);
    }

    /** The directory or jar that holds a class (without loading it), as an entity classpath entry. */
    public static Path locationOf(String className) {
        String resource = className.replace('.', '/') + ".class";
        URL url = HibernateVersions.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(className + " is not on the test classpath");
        }
        String text = url.toString();
        try {
            if (text.startsWith("jar:")) {
                return Path.of(new URL(text.substring(4, text.indexOf("!/"))).toURI());
            }
            return Path.of(new URL(text.substring(0, text.length() - resource.length())).toURI());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
