package dev.retort.convergence;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a generated model (one Java file per case, in package {@value #PACKAGE}) into a class directory, so
 * that retort scans real compiled entities exactly as it scans a user's. A model that does not compile is a
 * defect of the test data, reported with javac's messages.
 */
final class ModelCompiler {

    static final String PACKAGE = "dev.retort.convergence.model";

    private static final String HEADER = resource("header.java.tmpl");

    private ModelCompiler() {
    }

    /** Writes each body (by file stem) under the shared header into {@code sources}, compiles into {@code classes}. */
    static Path compile(Map<String, String> bodies, Path sources, Path classes) {
        try {
            Path packageDirectory = sources.resolve(PACKAGE.replace('.', '/'));
            Files.createDirectories(packageDirectory);
            Files.createDirectories(classes);
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> body : bodies.entrySet()) {
                Path file = packageDirectory.resolve(body.getKey() + ".java");
                Files.writeString(file, HEADER + body.getValue());
                files.add(file);
            }
            compileFiles(files, classes);
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compileFiles(List<Path> files, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: the convergence tests need a JDK, not a JRE");
        }
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath", annotationClasspath(),
                    "-proc:none", "-encoding", "UTF-8", "--release", "17", "-nowarn");
            boolean compiled = javac.getTask(diagnostics, manager, null, options, null,
                    manager.getJavaFileObjectsFromPaths(files)).call();
            if (!compiled) {
                throw new IllegalStateException("a generated test model does not compile: " + diagnostics);
            }
        }
    }

    /** jakarta.persistence and hibernate-core, as the test JVM loaded them. */
    private static String annotationClasspath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(jakarta.persistence.Entity.class, org.hibernate.annotations.ColumnDefault.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    static String resource(String name) {
        try (InputStream in = ModelCompiler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource dev/retort/convergence/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
