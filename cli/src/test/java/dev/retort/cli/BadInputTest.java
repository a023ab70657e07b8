package dev.retort.cli;

import dev.retort.testing.CatalogSnapshot;
import static dev.retort.cli.Failures.assertOneLineError;
import static dev.retort.cli.Failures.assertVerboseAddsTheStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFile;
import dev.retort.revisions.SqlStatement;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a user can get it wrong ends the same way: exit {@link ExitCode#ERROR}, one line on stderr naming the
 * thing and what to do, no stack trace unless {@code --verbose} asks for it, and nothing half-done: no revision
 * file written, the version table and the catalog as they were.
 */
@ExtendWith(PostgresExtension.class)
class BadInputTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    @TempDir
    static Path compiled;

    private static Path library;
    private static Path libraryWithoutAuthor;

    @BeforeAll
    static void compileTheModel() throws IOException {
        library = EntityCompiler.compile("library", "base", compiled.resolve("library"));
        libraryWithoutAuthor = EntityCompiler.compile("library", "base", compiled.resolve("broken"));
        Files.delete(libraryWithoutAuthor.resolve("dev/retort/e2e/library/Author.class"));
    }

    @Test
    void aPackageWithoutEntitiesIsNamed(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, "dev.retort.e2e.no_such_package");
        List<String> catalog = CatalogSnapshot.of(database);

        String line = assertOneLineError(project.run("revision", "--autogenerate", "-m", "x"), "revision",
                "package dev.retort.e2e.no_such_package has no @Entity class under [" + library + "]",
                "check the package name");
        assertVerboseAddsTheStackTrace(project.run("revision", "--autogenerate", "-m", "x", "--verbose"), line);
        assertOneLineError(project.run("check"), "check", "dev.retort.e2e.no_such_package");

        assertThat(project.revisionFiles()).isEmpty();
        assertThat(CatalogSnapshot.of(database)).isEqualTo(catalog);
    }

    @Test
    void anEntityReferencingAClassMissingFromTheClasspathNamesThatClass(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, libraryWithoutAuthor, PACKAGE);
        List<String> catalog = CatalogSnapshot.of(database);

        String line = assertOneLineError(project.run("revision", "--autogenerate", "-m", "x"), "revision",
                "dev.retort.e2e.library.Author", "not on the classpath",
                "add the jar or directory that holds it");
        assertVerboseAddsTheStackTrace(project.run("--verbose", "revision", "--autogenerate", "-m", "x"), line);

        assertThat(project.revisionFiles()).isEmpty();
        assertThat(CatalogSnapshot.of(database)).isEqualTo(catalog);
    }

    @Test
    void anUnreachableDatabaseIsNamedWithItsUrl(TestDatabase database, @TempDir Path dir) throws IOException {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        Revision revision = project.autogenerate("library").orElseThrow();
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/" + database.name();
        project.setProperty("database.url", url);

        String line = assertOneLineError(project.run("upgrade"), "upgrade", "cannot connect to " + url,
                "check database.url or RETORT_DATABASE_URL");
        assertVerboseAddsTheStackTrace(project.run("upgrade", "--verbose"), line);
        assertOneLineError(project.run("check"), "check", "cannot connect to " + url);
        assertOneLineError(project.run("current"), "current", "cannot connect to " + url);

        assertThat(project.revisionFiles()).containsExactly(revision.file());
        assertThat(project.appliedRevisions()).isEmpty();
    }

    @Test
    void aPasswordInTheUrlIsNeverPrinted(TestDatabase database, @TempDir Path dir) throws IOException {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        String secret = "s3cr3t-in-the-url";
        int port = closedPort();
        project.setProperty("database.url", "jdbc:postgresql://127.0.0.1:" + port + "/" + database.name()
                + "?user=postgres&password=" + secret);

        assertOneLineError(project.run("current"), "current", "cannot connect to jdbc:postgresql://127.0.0.1:" + port,
                "password=***");
        CliResult verbose = project.run("current", "--verbose");
        assertThat(verbose.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(verbose.allOutput()).contains("\tat ").doesNotContain(secret);
    }

    @Test
    void aRoleThatDoesNotExistIsRefusedWithoutPrintingThePassword(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        String secret = "s3cr3t-in-the-file";
        project.setProperty("database.user", "retort_no_such_role");
        project.setProperty("database.password", secret);

        String line = assertOneLineError(project.run("upgrade"), "upgrade",
                "the database refused user 'retort_no_such_role'", "check database.user and RETORT_DATABASE_PASSWORD");
        assertThat(line).doesNotContain(secret).containsAnyOf(
                "role \"retort_no_such_role\" does not exist", // trust authentication (the local server)
                "password authentication failed for user \"retort_no_such_role\""); // password authentication
        CliResult verbose = project.run("upgrade", "--verbose");
        assertVerboseAddsTheStackTrace(verbose, line);
        assertThat(verbose.allOutput()).doesNotContain(secret);
    }

    @Test
    void theRefusedUserIsTheOneTheUrlNamesWhenItNamesOne(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.setProperty("database.url", database.url() + (database.url().contains("?") ? "&" : "?")
                + "user=retort_url_role");

        assertOneLineError(project.run("check"), "check", "the database refused user 'retort_url_role'",
                "check database.user and RETORT_DATABASE_PASSWORD");
    }

    @Test
    void aRoleThatMayNotLogInIsRefusedWithoutPrintingThePassword(TestDatabase database, @TempDir Path dir) {
        String role = "retort_nologin_" + database.name();
        database.execute("CREATE ROLE " + role + " NOLOGIN PASSWORD 'irrelevant'");
        try {
            TestProject project = TestProject.init(dir, database, library, PACKAGE);
            String secret = "s3cr3t-nologin";
            project.setProperty("database.user", role);
            project.setProperty("database.password", secret);

            String line = assertOneLineError(project.run("check"), "check", "the database refused user '" + role + "'");
            assertThat(line).containsAnyOf("is not permitted to log in", "password authentication failed");
            CliResult verbose = project.run("--verbose", "check");
            assertVerboseAddsTheStackTrace(verbose, line);
            assertThat(line + verbose.allOutput()).doesNotContain(secret);
        } finally {
            database.execute("DROP ROLE " + role);
        }
    }

    @Test
    void aRevisionFileWithABrokenHeaderIsNamedWithItsLine(TestDatabase database, @TempDir Path dir)
            throws IOException {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        Revision revision = project.autogenerate("library").orElseThrow();
        String text = Files.readString(revision.file(), StandardCharsets.UTF_8);
        Files.writeString(revision.file(), text.replace("-- retort:parents", "-- retort:parent"),
                StandardCharsets.UTF_8);
        List<String> catalog = CatalogSnapshot.of(database);

        String line = assertOneLineError(project.run("upgrade"), "upgrade",
                revision.file() + ":2: unknown '-- retort:parent' line");
        assertVerboseAddsTheStackTrace(project.run("upgrade", "--verbose"), line);
        assertOneLineError(project.run("history"), "history", revision.file() + ":2:");

        assertThat(project.appliedRevisions()).isEmpty();
        assertThat(CatalogSnapshot.of(database)).isEqualTo(catalog);
    }

    @Test
    void upgradingToAnUnknownRevisionAppliesNothing(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.autogenerate("library").orElseThrow();
        List<String> catalog = CatalogSnapshot.of(database);

        String line = assertOneLineError(project.run("upgrade", "deadbeef"), "upgrade",
                "no revision id starts with 'deadbeef'", "'retort history' lists them");
        assertVerboseAddsTheStackTrace(project.run("upgrade", "deadbeef", "--verbose"), line);

        assertThat(project.appliedRevisions()).isEmpty();
        assertThat(CatalogSnapshot.of(database)).isEqualTo(catalog);
    }

    @Test
    void aFailingStatementLeavesItsRevisionUnappliedAndTheOneBeforeApplied(TestDatabase database, @TempDir Path dir)
            throws IOException {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        Revision first = project.autogenerate("library").orElseThrow();
        project.ok("upgrade", first.id());
        List<String> atFirst = CatalogSnapshot.of(database);
        project.ok("downgrade", "base");

        project.ok("revision", "-m", "by hand");
        Path second = project.revisionFiles().stream().filter(f -> !f.equals(first.file())).findFirst().orElseThrow();
        String text = Files.readString(second, StandardCharsets.UTF_8);
        int upgradeAt = text.indexOf("-- retort:upgrade\n") + "-- retort:upgrade\n".length();
        Files.writeString(second, text.substring(0, upgradeAt)
                + "CREATE TABLE public.reading_list (id integer PRIMARY KEY);\n"
                + "ALTER TABLE public.no_such_table ADD COLUMN shelf integer;\n"
                + text.substring(upgradeAt), StandardCharsets.UTF_8);
        SqlStatement failing = RevisionFile.read(second).upgrade().statements().get(1);

        CliResult upgrade = project.run("upgrade", "head");
        assertThat(upgrade.exitCode()).as("%s", upgrade).isEqualTo(ExitCode.ERROR);
        assertThat(upgrade.out()).contains("upgraded " + first.id()); // progress of the revision that made it
        assertThat(upgrade.errLines()).hasSize(1);
        assertThat(upgrade.errLines().get(0)).isEqualTo("retort upgrade: " + second + ":" + failing.line()
                + ": ERROR: relation \"public.no_such_table\" does not exist (revision " + RevisionFile.read(second).id()
                + " rolled back; the database stays at " + first.id() + ")");

        assertThat(project.appliedRevisions()).containsExactly(first.id());
        assertThat(CatalogSnapshot.of(database)).isEqualTo(atFirst).noneMatch(fact -> fact.contains("reading_list"));
    }

    @Test
    void aMissingConfigurationFileSaysToRunInit(@TempDir Path dir) {
        Path empty = dir.resolve("not-a-project");
        String line = assertOneLineError(Cli.run("-p", empty.toString(), "upgrade"), "upgrade",
                "no retort.properties in " + empty, "run `retort init` there first, or pass --project DIR");
        assertVerboseAddsTheStackTrace(Cli.run("-p", empty.toString(), "upgrade", "--verbose"), line);
        assertThat(empty).doesNotExist();
    }

    @Test
    void anUnknownKeyInTheConfigurationIsNamedWithTheKnownOnes(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.setProperty("entities.package", PACKAGE);
        List<String> catalog = CatalogSnapshot.of(database);

        String line = assertOneLineError(project.run("revision", "--autogenerate", "-m", "x"), "revision",
                "unknown key 'entities.package' in " + dir.resolve("retort.properties"), "entities.packages");
        assertVerboseAddsTheStackTrace(project.run("--verbose", "revision", "--autogenerate", "-m", "x"), line);

        assertThat(project.revisionFiles()).isEmpty();
        assertThat(CatalogSnapshot.of(database)).isEqualTo(catalog);
    }

    @Test
    void initRefusesToOverwriteAProject(TestDatabase database, @TempDir Path dir) throws IOException {
        TestProject.init(dir, database, library, PACKAGE);
        Path file = dir.resolve("retort.properties");
        String before = Files.readString(file, StandardCharsets.UTF_8);

        assertOneLineError(Cli.run("init", dir.toString(), "--url", "jdbc:postgresql://elsewhere/db"), "init",
                file + " already exists: edit it, or init another directory");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(before);
    }

    /** A local port nothing listens on: bound once by the OS, then released. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
