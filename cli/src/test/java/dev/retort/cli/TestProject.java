package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFile;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A retort project directory made by {@code retort init} for a test database, driven through the CLI the way a
 * user drives it: every call is a whole {@code retort -p DIR ...} command line.
 */
public final class TestProject {

    private final Path directory;
    private final TestDatabase database;

    private TestProject(Path directory, TestDatabase database) {
        this.directory = directory;
        this.database = database;
    }

    /** {@code retort init DIR --url ... --entities-classpath CLASSES --packages PACKAGES}. */
    public static TestProject init(Path directory, TestDatabase database, Path classes, String packages) {
        CliResult init = Cli.run("init", directory.toString(), "--url", database.url(), "--user", database.user(),
                "--entities-classpath", classes.toString(), "--packages", packages);
        assertThat(init.exitCode()).as("%s", init).isZero();
        TestProject project = new TestProject(directory, database);
        if (!database.password().isEmpty()) {
            project.setProperty("database.password", database.password());
        }
        return project;
    }

    public Path directory() {
        return directory;
    }

    public TestDatabase database() {
        return database;
    }

    public Path versions() {
        return directory.resolve("migrations/versions");
    }

    /** {@code retort -p DIR args...}. */
    public CliResult run(String... args) {
        List<String> line = new ArrayList<>(List.of("-p", directory.toString()));
        line.addAll(List.of(args));
        return Cli.run(line.toArray(String[]::new));
    }

    /** Runs the command and insists that it succeeds. */
    public CliResult ok(String... args) {
        CliResult result = run(args);
        assertThat(result.exitCode()).as("retort %s\n%s", String.join(" ", args), result).isZero();
        return result;
    }

    /**
     * {@code retort revision --autogenerate -m MESSAGE}: the revision it wrote, or empty when it wrote none
     * (then it must have said "No changes").
     */
    public Optional<Revision> autogenerate(String message) {
        List<Path> before = revisionFiles();
        CliResult result = ok("revision", "--autogenerate", "-m", message);
        List<Path> written = new ArrayList<>(revisionFiles());
        written.removeAll(before);
        assertThat(written).as("files written by %s", result).hasSizeLessThanOrEqualTo(1);
        if (written.isEmpty()) {
            assertThat(result.out()).contains("No changes");
            return Optional.empty();
        }
        assertThat(result.out()).contains("Wrote " + written.get(0));
        return Optional.of(RevisionFile.read(written.get(0)));
    }

    /** The project's one revision file, read. */
    public Revision onlyRevision() {
        assertThat(revisionFiles()).hasSize(1);
        return RevisionFile.read(revisionFiles().get(0));
    }

    /** Sets (or adds) one key of retort.properties, as a user editing the file would. */
    public void setProperty(String key, String value) {
        Path file = directory.resolve("retort.properties");
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            String line = key + "=" + value.replace("\\", "\\\\");
            boolean replaced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(key + "=")) {
                    lines.set(i, line);
                    replaced = true;
                }
            }
            if (!replaced) {
                lines.add(line);
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points {@code entities.classpath} at other compiled entities: the model edit a user makes. */
    public void useEntities(Path classes) {
        setProperty("entities.classpath", classes.toString());
    }

    public List<Path> revisionFiles() {
        try (Stream<Path> files = Files.list(versions())) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids the version table records as applied. */
    public List<String> appliedRevisions() {
        List<String> tables = database.queryColumn("select count(*) from pg_tables where schemaname = 'public'"
                + " and tablename = 'retort_version'");
        if (tables.equals(List.of("0"))) {
            return List.of();
        }
        return database.queryColumn("select revision from public.retort_version order by 1");
    }
}
