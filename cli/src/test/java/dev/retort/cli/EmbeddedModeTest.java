package dev.retort.cli;

import static dev.retort.cli.Failures.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.sample.shop.Customer;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a configured server (or with {@code --embedded}), {@code revision --autogenerate} and {@code check}
 * work on the revision history replayed into an embedded PostgreSQL, and give the same answers as against a
 * live server at the head.
 */
@ExtendWith(PostgresExtension.class)
class EmbeddedModeTest {

    private static final String LIBRARY = "dev.retort.e2e.library";
    private static final String SHOP = "dev.retort.sample.shop";

    @TempDir
    static Path compiled;

    @BeforeAll
    static void compileTheModels() {
        for (String variant : List.of("base", "add-column", "change-length", "add-fk", "not-null")) {
            EntityCompiler.compile("library", variant, compiled.resolve(variant));
        }
    }

    @Test
    void withNoServerAutogenerateWritesTheSameRevisionOfTheSampleModelAsAgainstALiveServer(TestDatabase database,
                                                                                          @TempDir Path dir) {
        Path shop = EntityCompiler.codeSource(Customer.class);
        TestProject live = TestProject.init(dir.resolve("live"), database, shop, SHOP);
        Path embedded = initWithoutServer(dir.resolve("embedded"), shop, SHOP);

        Revision fromLive = live.autogenerate("create the shop").orElseThrow();
        CliResult written = Cli.run("-p", embedded.toString(), "revision", "--autogenerate", "-m", "create the shop");

        assertThat(written.exitCode()).as("%s", written).isZero();
        assertThat(written.err()).isEmpty();
        Path fromEmbedded = onlyRevisionFile(embedded);
        assertThat(fromLive.upgrade().size()).isGreaterThan(19);
        assertThat(withoutIdAndDate(fromEmbedded)).isEqualTo(withoutIdAndDate(fromLive.file()));
    }

    @Test
    void aRevisionOnTopOfAnAppliedHistoryIsTheSameInBothModes(TestDatabase database, @TempDir Path dir)
            throws IOException {
        TestProject project = TestProject.init(dir, database, compiled.resolve("base"), LIBRARY);
        Revision first = project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        project.useEntities(compiled.resolve("add-fk"));

        project.ok("--embedded", "revision", "--autogenerate", "-m", "add the fk");
        Path fromEmbedded = newest(project, first);
        String embeddedText = withoutIdAndDate(fromEmbedded);
        Files.delete(fromEmbedded);
        Path fromLive = project.autogenerate("add the fk").orElseThrow().file();

        assertThat(embeddedText).contains("-- retort:parents " + first.id()).contains("FOREIGN KEY");
        assertThat(embeddedText).isEqualTo(withoutIdAndDate(fromLive));
    }

    @Test
    void checkExitsAlikeInBothModesWithTheSameDifferencesAfterEachEntityEdit(TestDatabase database,
                                                                            @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, compiled.resolve("base"), LIBRARY);
        project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        assertThat(checkBothWays(project, ExitCode.OK).get("differences")).isEqualTo(List.of());

        for (String edit : List.of("add-column", "change-length", "add-fk", "not-null")) {
            project.useEntities(compiled.resolve(edit));
            Object differences = checkBothWays(project, ExitCode.DRIFT).get("differences");
            assertThat(differences).as(edit).asList().isNotEmpty();
        }
    }

    /** {@code check --format json} against the live database and with --embedded: same exit code, same report. */
    @SuppressWarnings("unchecked")
    private static Map<?, ?> checkBothWays(TestProject project, int exitCode) {
        CliResult live = project.run("check", "--format", "json");
        CliResult embedded = project.run("--embedded", "check", "--format", "json");
        assertThat(live.exitCode()).as("%s", live).isEqualTo(exitCode);
        assertThat(embedded.exitCode()).as("%s", embedded).isEqualTo(exitCode);
        assertThat(embedded.err()).isEqualTo(live.err());
        Map<String, Object> report = new java.util.LinkedHashMap<>((Map<String, Object>) JsonReader.read(live.out()));
        Map<String, Object> replayed = new java.util.LinkedHashMap<>((Map<String, Object>) JsonReader.read(embedded.out()));
        // Against the server the history is replayed beside it; without one, the database is the replayed history.
        assertThat(report.remove("history")).isEqualTo("replayed");
        assertThat(replayed.remove("history")).isEqualTo("database");
        // Against the server the revisions it has not applied are linted (none: it is at the head); without one,
        // the heads. What was found is the same: nothing.
        Map<String, Object> lint = new java.util.LinkedHashMap<>((Map<String, Object>) report.remove("lint"));
        Map<String, Object> replayedLint = new java.util.LinkedHashMap<>((Map<String, Object>) replayed.remove("lint"));
        assertThat(lint.remove("linted")).isEqualTo(List.of());
        assertThat(replayedLint.remove("linted")).isEqualTo(report.get("heads"));
        assertThat(replayedLint).isEqualTo(lint);
        assertThat(replayed).isEqualTo(report);
        return report;
    }

    @Test
    void theSampleModelChecksCleanWithoutAServerOnceItsRevisionExists(@TempDir Path dir) {
        Path project = initWithoutServer(dir, EntityCompiler.codeSource(Customer.class), SHOP);
        assertThat(Cli.run("-p", project.toString(), "revision", "--autogenerate", "-m", "shop").exitCode()).isZero();

        CliResult check = Cli.run("-p", project.toString(), "check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        assertThat(check.out()).isEqualTo("No differences: the entities and the database agree." + System.lineSeparator());
        CliResult again = Cli.run("-p", project.toString(), "revision", "--autogenerate", "-m", "nothing");
        assertThat(again.out()).startsWith("No changes");
    }

    @Test
    void commandsThatChangeOrReadADatabaseSayTheyNeedAServer(TestDatabase database, @TempDir Path dir) {
        Path project = initWithoutServer(dir.resolve("none"), compiled.resolve("base"), LIBRARY);
        for (String command : List.of("upgrade", "downgrade", "stamp", "current")) {
            List<String> line = command.equals("downgrade") || command.equals("stamp")
                    ? List.of("-p", project.toString(), command, "base") : List.of("-p", project.toString(), command);
            assertOneLineError(Cli.run(line.toArray(String[]::new)), command, command + " works on a database server,"
                    + " and none is configured: set database.url in " + project.resolve("retort.properties")
                    + " or RETORT_DATABASE_URL (check and revision --autogenerate need none");
        }
        TestProject configured = TestProject.init(dir.resolve("configured"), database, compiled.resolve("base"),
                LIBRARY);
        assertOneLineError(configured.run("--embedded", "upgrade"), "upgrade",
                "upgrade works on a database server, not on the throwaway embedded one");
        assertThat(configured.appliedRevisions()).isEmpty();
    }

    @Test
    void historyWithoutAServerListsTheRevisionsWithoutAskingAnyDatabase(@TempDir Path dir) {
        Path project = initWithoutServer(dir, compiled.resolve("base"), LIBRARY);
        Cli.run("-p", project.toString(), "revision", "-m", "by hand");

        CliResult history = Cli.run("-p", project.toString(), "history");

        assertThat(history.exitCode()).as("%s", history).isZero();
        assertThat(history.out()).contains("<base> -> ").contains("(head), by hand").doesNotContain("(current)");
    }

    /** {@code retort init DIR} without {@code --url}: the project uses the embedded PostgreSQL. */
    static Path initWithoutServer(Path directory, Path classes, String packages) {
        CliResult init = Cli.run("init", directory.toString(), "--entities-classpath", classes.toString(),
                "--packages", packages);
        assertThat(init.exitCode()).as("%s", init).isZero();
        try {
            assertThat(Files.readString(directory.resolve("retort.properties")))
                    .contains("\n#database.url=").doesNotContain("\ndatabase.url=");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return directory;
    }

    private static Path onlyRevisionFile(Path project) {
        try (var files = Files.list(project.resolve("migrations/versions"))) {
            List<Path> revisions = files.filter(f -> f.toString().endsWith(".sql")).toList();
            assertThat(revisions).hasSize(1);
            return revisions.get(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path newest(TestProject project, Revision other) {
        List<Path> files = project.revisionFiles().stream().filter(f -> !f.equals(other.file())).toList();
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    /** A revision file without the lines that differ between any two runs: its id and its creation time. */
    static String withoutIdAndDate(Path revision) {
        try {
            return Files.readAllLines(revision, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("-- retort:revision ") && !line.startsWith("-- retort:created "))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
