package dev.retort.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the test models, kept as Java source resources under {@code dev/retort/cli/models/<model>/}, into
 * class directories, so that every model edit a test makes is a real edit of real entity classes. A model has a
 * {@code base} folder; a variant folder holds only the files it changes or adds, which replace the base's files of
 * the same name.
 */
public final class EntityCompiler {

    private static final String MODELS = "/dev/retort/cli/models/";

    private static Path library;

    private EntityCompiler() {
    }

    /**
     * The library model's base, compiled once for all the test classes that start from it, into this module's
     * build directory (made afresh by the first call of each test run).
     */
    static synchronized Path library() {
        if (library == null) {
            Path output = Path.of("target", "test-models", "library-base").toAbsolutePath();
            deleteTree(output);
            library = compile("library", "base", output);
        }
        return library;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles {@code model}'s base, overlaid by {@code variant} (or the base alone for {@code "base"}). */
    public static Path compile(String model, String variant, Path outputDirectory) {
        Map<String, Path> sources = new LinkedHashMap<>(sourcesIn(model, "base"));
        if (!variant.equals("base")) {
            sources.putAll(sourcesIn(model, variant));
        }
        return compile(List.copyOf(sources.values()), outputDirectory);
    }

    /** Compiles the files against jakarta.persistence and Hibernate's annotations; fails with javac's messages. */
    public static Path compile(List<Path> sourceFiles, Path outputDirectory) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: the tests need a JDK, not a JRE");
        }
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            Files.createDirectories(outputDirectory);
            List<String> options = List.of("-d", outputDirectory.toString(), "-classpath", annotationClasspath(),
                    "-proc:none", "-encoding", "UTF-8", "--release", "17");
            boolean compiled = javac.getTask(diagnostics, files, null, options, null,
                    files.getJavaFileObjectsFromPaths(sourceFiles)).call();
            if (!compiled) {
                throw new IllegalStateException("test model does not compile: " + diagnostics);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outputDirectory;
    }

    /**
     * Compiles {@code model}'s base with the {@code javac} of another JDK for {@code release}: entities as an
     * application built for a newer Java than the tests run on has them (the running javac knows no newer release).
     */
    static Path compileWith(Path javaHome, int release, String model, Path outputDirectory)
            throws IOException, InterruptedException {
        Files.createDirectories(outputDirectory);
        List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/javac").toString(),
                "-d", outputDirectory.toString(), "-classpath", annotationClasspath(), "-proc:none",
                "-encoding", "UTF-8", "--release", Integer.toString(release)));
        sourcesIn(model, "base").values().forEach(source -> command.add(source.toString()));
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (javac.waitFor() != 0) {
            throw new IllegalStateException("test model does not compile with " + command.get(0) + ": " + output);
        }
        return outputDirectory;
    }

    /**
     * Compiles every Java source of one test resource folder, named from the class path root
     * ({@code /dev/retort/adoption/flyway/entities}): for tests whose models live beside their other fixtures.
     */
    public static Path compileFolder(String resourceFolder, Path outputDirectory) {
        return compile(List.copyOf(sourcesIn(resourceDirectory(resourceFolder)).values()), outputDirectory);
    }

    /** The model's source files of one folder, by file name. */
    static Map<String, Path> sourcesIn(String model, String folder) {
        return sourcesIn(resourceDirectory(MODELS + model + "/" + folder));
    }

    private static Map<String, Path> sourcesIn(Path directory) {
        Map<String, Path> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted()
                    .forEach(f -> sources.put(f.getFileName().toString(), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("no Java sources in " + directory);
        }
        return sources;
    }

    private static Path resourceDirectory(String name) {
        URL url = EntityCompiler.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where jakarta.persistence and Hibernate's annotations are, as the test JVM loaded them. */
    private static String annotationClasspath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(jakarta.persistence.Entity.class, org.hibernate.annotations.ColumnDefault.class)) {
            entries.add(codeSource(type).toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
