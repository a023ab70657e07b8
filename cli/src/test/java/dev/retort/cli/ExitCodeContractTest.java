package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.revisions.VersionTableLock;
import dev.retort.revisions.VersionTableName;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit codes are a contract with scripts and CI, so they are pinned by the numbers the README's table gives,
 * never by the constants alone: each documented number is produced by a real retort process in the situation the
 * table says it means, and each constant has its literal value. Swapping two constants fails here.
 */
@ExtendWith(PostgresExtension.class)
class ExitCodeContractTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    private static final Path library = EntityCompiler.library();

    private static final Map<Integer, String> README = ReadmeExitCodes.read();

    @Test
    void theReadmeDocumentsTheCodesZeroToNineAndTheTwoSignalsEachWithItsMeaning() {
        assertThat(README).containsOnlyKeys(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 130, 143);
        assertThat(README.get(0)).startsWith("success");
        assertThat(README.get(1)).contains("the entities and the database differ");
        assertThat(README.get(2)).contains("wrong command line");
        assertThat(README.get(3)).startsWith("failure: one line on stderr");
        assertThat(README.get(4)).contains("the database is not at the head");
        assertThat(README.get(5)).startsWith("an applied revision's file was edited since it was applied");
        assertThat(README.get(6)).startsWith("the revisions have several heads where one is needed");
        assertThat(README.get(7)).startsWith("the database records revisions the directory cannot explain");
        assertThat(README.get(8)).contains("another retort process held the lock longer than `migration.lock_wait`");
        assertThat(README.get(9)).contains("a lint finding no `-- retort:lint-ignore` accepts");
        assertThat(README.get(130)).contains("stopped by SIGINT");
        assertThat(README.get(143)).contains("stopped by SIGTERM");
    }

    @Test
    void eachConstantHasTheNumberTheReadmeGivesItsMeaning() {
        assertThat(ExitCode.OK).isEqualTo(0);
        assertThat(ExitCode.DRIFT).isEqualTo(1);
        assertThat(ExitCode.USAGE).isEqualTo(2);
        assertThat(ExitCode.ERROR).isEqualTo(3);
        assertThat(ExitCode.NOT_UP_TO_DATE).isEqualTo(4);
        assertThat(ExitCode.CHANGED).isEqualTo(5);
        assertThat(ExitCode.MULTIPLE_HEADS).isEqualTo(6);
        assertThat(ExitCode.DIVERGED).isEqualTo(7);
        assertThat(ExitCode.LOCKED).isEqualTo(8);
        assertThat(ExitCode.LINT).isEqualTo(9);
        // a real process is stopped by each signal in InterruptedUpgradeTest, which expects these literal numbers
        assertThat(ExitCode.INTERRUPTED).isEqualTo(130);
        assertThat(ExitCode.TERMINATED).isEqualTo(143);
    }

    @Test
    void aSignalsCodeIsWhatAShellReportsForIt() {
        assertThat(ExitCode.forSignal(2)).as("SIGINT").isEqualTo(130);
        assertThat(ExitCode.forSignal(15)).as("SIGTERM").isEqualTo(143);
    }

    @Test
    void aRetortProcessExitsWithEachDocumentedNumberInTheSituationItIsDocumentedFor(TestDatabase database,
                                                                                    @TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.setProperty("retort.ignore", "shelf*");

        CliResult usage = retort(project, "--no-such-option");
        exitsWith(2, "wrong command line", usage);

        Revision base = project.autogenerate("library").orElseThrow();
        CliResult notAtHead = retort(project, "check");
        exitsWith(4, "the database is not at the head", notAtHead);
        assertThat(notAtHead.err()).contains("run `retort upgrade head` first");

        CliResult failure = retort(project, "upgrade", "no_such_revision");
        exitsWith(3, "failure: one line on stderr", failure);
        assertThat(failure.errLines()).as("%s", failure).singleElement().asString().startsWith("retort upgrade: ");
        assertThat(failure.err()).doesNotContain("\tat ");

        project.setProperty("migration.lock_wait", "0");
        try (VersionTableLock held = VersionTableLock.acquire(database.connect(), VersionTableName.DEFAULT,
                Duration.ZERO, (holder, waited) -> { })) {
            exitsWith(8, "another retort process held the lock", retort(project, "upgrade"));
        }
        project.setProperty("migration.lock_wait", "1min");

        exitsWith(0, "success", retort(project, "upgrade"));
        exitsWith(0, "success", retort(project, "check"));

        Revision dropIsbn = HandRevisions.write(project.versions(), "noisbn", List.of(base.id()), 1, "no isbn",
                "SET lock_timeout = '5s';\nALTER TABLE public.book DROP COLUMN isbn",
                "ALTER TABLE public.book ADD COLUMN isbn varchar(13)");
        CliResult lint = retort(project, "lint");
        exitsWith(9, "a lint finding no `-- retort:lint-ignore` accepts", lint);
        assertThat(lint.out()).contains(": data-loss: drops column public.book.isbn");
        Files.delete(dropIsbn.file());

        database.execute("CREATE TABLE public.legacy_notes (id integer)");
        CliResult drift = retort(project, "check");
        exitsWith(1, "the entities and the database differ", drift);
        assertThat(drift.out()).contains("table public.legacy_notes");
        database.execute("DROP TABLE public.legacy_notes");

        Revision shelf = HandRevisions.write(project.versions(), "shelf1", List.of(base.id()), 1, "shelves",
                "CREATE TABLE public.shelf (id integer PRIMARY KEY)", "DROP TABLE public.shelf");
        project.ok("upgrade");
        String applied = Files.readString(shelf.file(), StandardCharsets.UTF_8);
        Files.writeString(shelf.file(), applied.replace("PRIMARY KEY", "PRIMARY KEY, width integer"),
                StandardCharsets.UTF_8);
        exitsWith(5, "an applied revision's file was edited", retort(project, "check"));
        Files.writeString(shelf.file(), applied, StandardCharsets.UTF_8);

        Revision left = HandRevisions.write(project.versions(), "left1", List.of("shelf1"), 2, "left",
                "SELECT 1", "SELECT 1");
        Revision right = HandRevisions.write(project.versions(), "right1", List.of("shelf1"), 3, "right",
                "SELECT 1", "SELECT 1");
        exitsWith(6, "several heads where one is needed", retort(project, "check"));
        Files.delete(left.file());
        Files.delete(right.file());

        Files.delete(shelf.file());
        exitsWith(7, "the database records revisions the directory cannot explain", retort(project, "check"));
    }

    /** The process's exit code is {@code documented}, and the README gives that number this meaning. */
    private static void exitsWith(int documented, String meaning, CliResult result) {
        assertThat(README.get(documented)).as("the README's meaning of exit code %d", documented).contains(meaning);
        assertThat(result.exitCode()).as("expected exit %d (%s)\n%s", documented, meaning, result)
                .isEqualTo(documented);
    }

    /** {@code retort -p PROJECT ARGS} in a JVM of its own, so the exit code is the process's own. */
    private static CliResult retort(TestProject project, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(DeployRun.java(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), RetortCommand.class.getName(),
                "-p", project.directory().toString()));
        command.addAll(List.of(args));
        return DeployRun.start(command, project.directory(), Map.of()).finish(120).cli();
    }
}
