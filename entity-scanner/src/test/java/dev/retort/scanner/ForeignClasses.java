package dev.retort.scanner;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Entities that are not on the test classpath: compiled by the test from sources under {@code foreign/}, so
 * that only the scanner's own class loader can find them (and a dependency left out is really missing).
 */
final class ForeignClasses {

    private ForeignClasses() {
    }

    /** Compiles the given sources (paths under {@code foreign/}) into {@code output}. */
    static Path compile(Path output, String... sources) throws IOException {
        Files.createDirectories(output);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Stream<String> files = Stream.of(sources).map(source -> root().resolve(source).toString());
        String[] arguments = Stream.concat(Stream.of("-d", output.toString(), "-classpath",
                System.getProperty("java.class.path") + java.io.File.pathSeparator + output,
                "-proc:none", "-nowarn"), files).toArray(String[]::new);
        int status = javac.run(null, OutputStream.nullOutputStream(), System.err, arguments);
        if (status != 0) {
            throw new IllegalStateException("the foreign sources did not compile: " + List.of(sources));
        }
        return output;
    }

    /** Jars a class directory. */
    static Path jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path root() {
        try {
            return Path.of(ForeignClasses.class.getResource("/foreign").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
