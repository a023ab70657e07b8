package dev.retort.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A PostgreSQL binaries archive (tar.xz, from Maven Central's {@code io.zonky.test.postgres} artifacts) and the
 * binaries version it holds. The bundled archive (the build's platform, the version the parent pom pins) is
 * found on the class path; any other version in the local Maven repository, where
 * {@code mvn dependency:get} puts it.
 *
 * @param origin where it came from, for messages
 */
record BinariesArchive(String version, Platform platform, String origin, Opener opener) {

    /** Opens the archive's bytes. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    static final String GROUP_PATH = "io/zonky/test/postgres";

    /** The binaries version this build bundles, as the build wrote it. */
    static String bundledVersion() {
        try (InputStream in = BinariesArchive.class.getResourceAsStream("bundled-postgres.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The archive for {@code requested} (empty: the bundled one; a major: the bundled one if it has that major, else
     * the newest of that major in the Maven repository; an exact version: that one).
     */
    static BinariesArchive locate(String requested, Platform platform, Path mavenRepository)
            throws EmbeddedPostgresException {
        String bundled = bundledVersion();
        URL resource = BinariesArchive.class.getClassLoader().getResource(platform.archiveName());
        if (resource != null && (requested.isEmpty() || matches(bundled, requested))) {
            return new BinariesArchive(bundled, platform, "bundled " + platform.artifactId() + " " + bundled,
                    resource::openStream);
        }
        if (requested.isEmpty()) {
            throw new EmbeddedPostgresException("this build of retort has no PostgreSQL binaries for " + platform
                    + " (it bundles those of the platform it was built on): build retort on this machine, or set"
                    + " embedded.postgres-version to a version whose " + platform.artifactId()
                    + " jar is in " + mavenRepository);
        }
        Optional<Path> jar = inRepository(requested, platform, mavenRepository);
        if (jar.isEmpty()) {
            throw new EmbeddedPostgresException("no PostgreSQL " + requested + " binaries for " + platform
                    + ": this build bundles " + bundled + ", and " + mavenRepository.resolve(GROUP_PATH)
                    .resolve(platform.artifactId()) + " has no " + requested + "; fetch them with `mvn dependency:get"
                    + " -Dartifact=io.zonky.test.postgres:" + platform.artifactId() + ":" + KnownVersions.suggest(requested)
                    + "`, or set embedded.postgres-version to " + bundled);
        }
        Path file = jar.get();
        String version = file.getParent().getFileName().toString();
        return new BinariesArchive(version, platform, file.toString(), () -> openEntry(file, platform.archiveName()));
    }

    /** Does binaries version {@code version} (15.19.0) satisfy {@code requested} (15, 15.19 or 15.19.0)? */
    static boolean matches(String version, String requested) {
        return version.equals(requested) || version.startsWith(requested + ".");
    }

    private static Optional<Path> inRepository(String requested, Platform platform, Path repository) {
        Path artifact = repository.resolve(GROUP_PATH).resolve(platform.artifactId());
        if (!Files.isDirectory(artifact)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(artifact)) {
            return versions.filter(v -> matches(v.getFileName().toString(), requested))
                    .map(v -> v.resolve(platform.artifactId() + "-" + v.getFileName() + ".jar"))
                    .filter(Files::isRegularFile)
                    .max(Comparator.comparing(j -> j.getParent().getFileName().toString(), BinariesArchive::compare));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Numeric comparison of dotted versions: 15.10.0 is newer than 15.9.0. */
    static int compare(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? parse(a[i]) : 0;
            int y = i < b.length ? parse(b[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static int parse(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The archive inside a binaries jar; closing the stream closes the jar. */
    private static InputStream openEntry(Path jar, String name) throws IOException {
        ZipFile zip = new ZipFile(jar.toFile());
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            zip.close();
            throw new IOException(jar + " has no " + name);
        }
        return new java.io.FilterInputStream(zip.getInputStream(entry)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }

    /** The local Maven repository: {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
    static Path defaultMavenRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }
}
