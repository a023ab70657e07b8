package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A small application built by the real {@code mvn}, for the README's snippets that start from "your Maven
 * project": entities in {@code src/main/java} that extend a {@code @MappedSuperclass} and use an
 * {@code AttributeConverter} of a library jar ({@code com.example:shop-shared}), and a shell to run the snippets in,
 * with {@code retort} on its PATH.
 *
 * <p>Maven runs without the network and never writes the user's repository: the project's {@code .mvn/maven.config}
 * names a settings file whose local repository is this module's {@code target/readme-maven-repo} (where the library
 * jar is put, as if the team's repository had it) and whose only remote is the user's own local repository, read
 * through a {@code file:} mirror. The plugin versions are retort's own build's, so that repository has them.
 */
final class ReadmeMavenProject {

    private static final String FIXTURE = "/dev/retort/cli/readme/maven-project/";
    private static final Pattern POM_PROPERTY = Pattern.compile("@([a-z.]+)@");

    private static Path localRepository;

    private ReadmeMavenProject() {
    }

    /** Writes the application's build into {@code dir}, its entities as {@code entities} (a fixture folder). */
    static Path create(Path dir, String entities) throws IOException {
        Path repository = localRepository();
        Files.createDirectories(dir.resolve(".mvn"));
        Path settings = dir.resolve(".mvn/settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <offline>false</offline>
                  <mirrors>
                    <mirror><id>the-users-own-repository</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(repository, usersRepository().toUri()));
        Files.writeString(dir.resolve(".mvn/maven.config"), "-s " + settings + "\n");
        Files.writeString(dir.resolve("pom.xml"), pom());
        useEntities(dir, entities);
        return dir;
    }

    /** Replaces the project's entity sources by those of the fixture folder {@code entities}: an edit of them. */
    static void useEntities(Path dir, String entities) throws IOException {
        Path sources = dir.resolve("src/main/java/com/example/shop");
        Files.createDirectories(sources);
        for (Path source : javaFiles(fixture(entities))) {
            Files.copy(source, sources.resolve(source.getFileName().toString()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The fixture's library and entities compiled together into {@code output}, without Maven. */
    static Path compileAll(String entities, Path output) {
        List<Path> sources = Stream.concat(javaFiles(fixture("library")).stream(),
                javaFiles(fixture(entities)).stream()).toList();
        return EntityCompiler.compile(sources, output);
    }

    /**
     * Runs {@code script} with bash as GitHub runs a {@code shell: bash} step ({@code -eo pipefail}), in
     * {@code dir}, with {@code retort} on the PATH (this build's CLI on the test class path) and only the given
     * RETORT_ variables.
     */
    static CliResult bash(Path dir, String script, Map<String, String> retortEnvironment)
            throws IOException, InterruptedException {
        Path bin = Files.createTempDirectory("rd_bin");
        Path retort = bin.resolve("retort");
        Files.writeString(retort, "#!/bin/sh\nexec '" + DeployRun.java() + "' -XX:TieredStopAtLevel=1"
                + " -XX:+UseSerialGC -cp '" + System.getProperty("java.class.path") + "' "
                + RetortCommand.class.getName() + " \"$@\"\n");
        assertThat(retort.toFile().setExecutable(true)).isTrue();
        Path file = bin.resolve("snippet.sh");
        Files.writeString(file, script);
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail",
                file.toString()).directory(dir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("RETORT_"));
        builder.environment().putAll(retortEnvironment);
        builder.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        // A short-lived Maven starts about 3 s sooner with the C1 compiler alone, as retort's launcher does for itself.
        builder.environment().merge("MAVEN_OPTS", "-XX:TieredStopAtLevel=1",
                (theirs, ours) -> theirs + " " + ours);
        Path out = bin.resolve("out.txt");
        Path err = bin.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the snippet did not end within 300 s:\n" + script);
            }
            return new CliResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            deleteTree(bin);
        }
    }

    /**
     * The Maven repository the projects build from, made once per test run: the library jar, as the team's
     * repository would serve it; everything else is copied from the user's repository as Maven asks for it.
     */
    private static synchronized Path localRepository() throws IOException {
        if (localRepository == null) {
            Path repository = Path.of("target", "readme-maven-repo").toAbsolutePath();
            deleteTree(repository);
            Path library = repository.resolve("com/example/shop-shared/1.0");
            Files.createDirectories(library);
            Path classes = EntityCompiler.compile(javaFiles(fixture("library")),
                    Files.createTempDirectory("rd_library"));
            jar(classes, library.resolve("shop-shared-1.0.jar"));
            deleteTree(classes);
            Files.writeString(library.resolve("shop-shared-1.0.pom"), """
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <groupId>com.example</groupId>
                      <artifactId>shop-shared</artifactId>
                      <version>1.0</version>
                      <dependencies>
                        <dependency>
                          <groupId>jakarta.persistence</groupId>
                          <artifactId>jakarta.persistence-api</artifactId>
                          <version>%s</version>
                          <scope>provided</scope>
                        </dependency>
                      </dependencies>
                    </project>
                    """.formatted(parentProperty("jakarta.persistence.version")));
            localRepository = repository;
        }
        return localRepository;
    }

    /** The user's local Maven repository: where the test JVM's jakarta.persistence jar was resolved. */
    private static Path usersRepository() {
        Path jar = EntityCompiler.codeSource(jakarta.persistence.Entity.class);
        // <repository>/jakarta/persistence/jakarta.persistence-api/<version>/<jar>
        return jar.getParent().getParent().getParent().getParent().getParent();
    }

    private static String pom() throws IOException {
        String template = Files.readString(fixture("pom.xml"), StandardCharsets.UTF_8);
        Matcher property = POM_PROPERTY.matcher(template);
        StringBuilder pom = new StringBuilder();
        while (property.find()) {
            property.appendReplacement(pom, Matcher.quoteReplacement(parentProperty(property.group(1))));
        }
        return property.appendTail(pom).toString();
    }

    /** A version pinned in retort's parent pom.xml. */
    private static String parentProperty(String name) throws IOException {
        String parent = Files.readString(Readme.repositoryRoot().resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(parent);
        assertThat(value.find()).as("retort's pom.xml pins %s", name).isTrue();
        return value.group(1).strip();
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> paths = Files.walk(classes)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }

    private static Path fixture(String name) {
        URL url = ReadmeMavenProject.class.getResource(FIXTURE + name);
        if (url == null) {
            throw new IllegalStateException("no test resource " + FIXTURE + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
