package dev.retort.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An initialized, never started data directory in the cache, {@code <cache>/cluster-<version>-<platform>-<layout>}:
 * {@code initdb} runs once per machine and binaries version (about 0.7 s), and each run copies the template
 * (about 25 MB, tens of milliseconds) instead.
 */
final class ClusterTemplate {

    /** Bump when the initdb options change, so that older templates are not reused. */
    private static final String LAYOUT = "c-utf8-wal1-v1";

    /** Superuser {@code postgres}, trusted on the loopback only; C locale; 1 MB WAL segments (a smaller copy). */
    private static final List<String> INITDB_OPTIONS = List.of("-A", "trust", "-U", "postgres", "-E", "UTF8",
            "--locale=C", "--no-sync", "--wal-segsize=1");

    private final Path path;

    private ClusterTemplate(Path path) {
        this.path = path;
    }

    static ClusterTemplate of(Installation installation, Path cacheDirectory) {
        return new ClusterTemplate(cacheDirectory.resolve("cluster-" + installation.key() + "-" + LAYOUT));
    }

    Path path() {
        return path;
    }

    boolean isReady() {
        return Files.isRegularFile(path.resolve("PG_VERSION"));
    }

    /** Runs initdb into a scratch directory and renames it into place (a concurrent run may win: fine). */
    void create(Installation installation, Launcher launcher) throws EmbeddedPostgresException {
        Path cacheDirectory = path.getParent();
        try (ScratchDirectory scratch = ScratchDirectory.create(cacheDirectory, ".initdb-")) {
            List<String> arguments = new ArrayList<>(List.of("-D", scratch.path().toString()));
            arguments.addAll(INITDB_OPTIONS);
            Process initdb = launcher.tool(installation.program("initdb"), arguments)
                    .redirectErrorStream(true).start();
            scratch.attach(initdb, ScratchDirectory.Stop.KILL);
            String output = new String(initdb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!initdb.waitFor(120, TimeUnit.SECONDS) || initdb.exitValue() != 0) {
                throw new EmbeddedPostgresException("initdb failed (" + launcher.describe() + "): "
                        + firstProblem(output));
            }
            if (!scratch.moveTo(path) && !isReady()) {
                throw new EmbeddedPostgresException("cannot keep the initialized cluster in " + path
                        + ": something else is in the way; remove it");
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException("cannot initialize the embedded cluster in " + cacheDirectory + ": "
                    + Installation.describe(e) + "; set embedded.cache-dir (RETORT_EMBEDDED_CACHE_DIR) to a writable"
                    + " directory", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("interrupted while initializing the embedded cluster", e);
        }
    }

    /** Copies the template into an empty data directory, permissions included (PostgreSQL insists on 0700). */
    void copyTo(Path data) throws IOException {
        Path template = path;
        Files.walkFileTree(template, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path target = data.resolve(template.relativize(dir).toString());
                if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectory(target);
                }
                Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // contents only: PostgreSQL checks the data directory's mode, not its files'
                Files.copy(file, data.resolve(template.relativize(file).toString()), LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The line of a tool's output that says what went wrong, or its last line. */
    static String firstProblem(String output) {
        List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.stream().filter(l -> l.contains("error") || l.contains("FATAL") || l.contains("cannot"))
                .findFirst().orElse(lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1));
    }
}
