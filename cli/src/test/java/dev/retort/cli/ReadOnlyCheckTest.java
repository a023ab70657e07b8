package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code revision --autogenerate} with the credentials CI and read replicas give: a SELECT-only
 * role, a role without CREATE on the database, a read-only session. Each sees the same differences as the owner,
 * normalized outside the database it may not write to.
 */
@ExtendWith(PostgresExtension.class)
class ReadOnlyCheckTest {

    private static final String PACKAGE = "dev.retort.e2e.tickets";

    @Test
    void everyReadOnlySetupListsTheSameDifferencesAsTheOwner(TestDatabase database, @TempDir Path dir) {
        TestProject project = driftedTickets(database, dir);
        CliResult owner = project.run("check");
        CliResult ownersJson = project.run("check", "--format", "json");
        assertThat(owner.exitCode()).as("%s", owner).isEqualTo(ExitCode.DRIFT);
        assertThat(owner.out()).contains("enum-type", "public.ticket.title", "ticket_by_title");
        assertThat(owner.err()).as("the history replays: no warning").isEmpty();

        try (DatabaseRoles roles = new DatabaseRoles(database)) {
            String selectOnly = roles.selectOnly();
            String withoutCreate = roles.create("nocreate", "GRANT CONNECT ON DATABASE %db TO %s",
                    "GRANT USAGE, CREATE ON SCHEMA public TO %s",
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %s");
            for (String role : List.of(selectOnly, withoutCreate)) {
                asRole(project, role);
                assertThat(project.run("check")).as(role).isEqualTo(owner);
            }
            assertThat(project.run("check", "--format", "json")).isEqualTo(ownersJson);
            assertThat(steps(project.run("--verbose", "check"))).as("normalized elsewhere")
                    .contains("normalize-start", "normalize-copy", "normalize");
        }
        asOwner(project, database);
        project.setProperty("database.url", readOnlySession(database));
        assertThat(project.run("check")).as("a read-only session").isEqualTo(owner);
        project.setProperty("database.url", database.url() + "?readOnly=true");
        assertThat(project.run("check")).as("a read-only JDBC connection").isEqualTo(owner);
        project.setProperty("database.url", database.url());
        assertThat(steps(project.run("--verbose", "check"))).as("the owner normalizes in the database")
                .contains("normalize").doesNotContain("normalize-start", "normalize-copy");
    }

    @Test
    void normalizeDatabaseChoosesWhereAndTargetOnAReadOnlySessionSaysWhyNot(TestDatabase database,
                                                                            @TempDir Path dir) {
        TestProject project = driftedTickets(database, dir);
        CliResult owner = project.run("check");
        project.setProperty("normalize.database", "embedded");
        assertThat(project.run("check")).as("in the embedded PostgreSQL").isEqualTo(owner);

        try (DatabaseRoles roles = new DatabaseRoles(database)) {
            asRole(project, roles.selectOnly());
            // The scratch server's URL names a user that may create databases there (user= wins over database.user).
            project.setProperty("normalize.database", withOwnersLogin(database));
            assertThat(project.run("check")).as("on a scratch server").isEqualTo(owner);
            project.setProperty("history.database", withOwnersLogin(database));
            project.setProperty("normalize.database", "");
            assertThat(project.run("check")).as("unset: on history.database's server").isEqualTo(owner);
            assertThat(database.queryColumn("SELECT count(*) FROM pg_database WHERE datname LIKE"
                    + " 'retort\\_%\\_%\\_" + database.name() + "'")).as("scratch databases left")
                    .containsExactly("0");
        }

        asOwner(project, database);
        project.setProperty("database.url", readOnlySession(database));
        project.setProperty("normalize.database", "target");
        CliResult refused = project.run("check");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(refused.errLines()).containsExactly("retort check: cannot use a scratch schema to normalize the"
                + " entities: ERROR: cannot execute CREATE SCHEMA in a read-only transaction;"
                + " normalize.database=target, but the session is read-only (default_transaction_read_only=on): unset normalize.database to"
                + " normalize without writing to the database");
    }

    @Test
    void aSelectOnlyRoleWritesTheSameRevisionAsTheOwner(TestDatabase database, @TempDir Path dir) {
        TestProject project = driftedTickets(database, dir);
        String owners = autogenerated(project);
        try (DatabaseRoles roles = new DatabaseRoles(database)) {
            asRole(project, roles.selectOnly());
            assertThat(autogenerated(project)).isEqualTo(owners);
        }
    }

    @Test
    void theDatabasesDomainTypesAndFunctionsAreCopiedAndAnOperatorOfItsOwnIsSaidToBeMissing(TestDatabase database,
                                                                                             @TempDir Path dir) {
        database.execute("CREATE DOMAIN public.positive_int AS integer CHECK (VALUE > 0)",
                "CREATE FUNCTION public.next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'G-1' $$",
                "CREATE FUNCTION public.roughly(integer, integer) RETURNS boolean LANGUAGE sql"
                        + " AS $$ SELECT abs($1 - $2) < 2 $$",
                "CREATE OPERATOR public.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.roughly)");
        TestProject project = TestProject.init(dir, database, EntityCompiler.compile("owntypes", "function",
                dir.resolve("function-classes")), "dev.retort.e2e.owntypes");
        CliResult owner = project.run("check");
        assertThat(owner.exitCode()).as("%s", owner).isEqualTo(ExitCode.DRIFT);
        try (DatabaseRoles roles = new DatabaseRoles(database)) {
            String role = roles.selectOnly();
            asRole(project, role);
            assertThat(project.run("check")).isEqualTo(owner);

            project.useEntities(EntityCompiler.compile("owntypes", "operator", dir.resolve("operator-classes")));
            CliResult refused = project.run("check");
            assertThat(refused.exitCode()).as("%s", refused).isEqualTo(ExitCode.ERROR);
            assertThat(refused.errLines()).singleElement().asString()
                    .startsWith("retort check: cannot normalize the entities in the embedded PostgreSQL ")
                    .contains(" (because user " + role + " has no CREATE on database " + database.name() + "), which"
                            + " has the database's schemas, extensions, enum and domain types, sequences and functions"
                            + " but not its own operators, collations or composite types: ", "operator does not exist")
                    .endsWith("; run it as a user with CREATE on a writable database that has them");
        }
    }

    /**
     * The tickets model applied by its revisions (citext's, by hand, then the generated one), then drift made by hand
     * (an index) and the entities changed (a new enum label, a longer column, another check and default, a new enum
     * column).
     */
    private static TestProject driftedTickets(TestDatabase database, Path dir) {
        TestProject project = TestProject.init(dir, database, EntityCompiler.compile("tickets", "base",
                dir.resolve("base-classes")), PACKAGE);
        HandRevisions.write(project.versions(), "c17e8700", List.of(), 0, "citext", "CREATE EXTENSION citext",
                "DROP EXTENSION citext");
        project.ok("upgrade");
        project.autogenerate("tickets").orElseThrow();
        project.ok("upgrade");
        database.execute("CREATE INDEX ticket_by_title ON public.ticket (title)");
        project.useEntities(EntityCompiler.compile("tickets", "changed", dir.resolve("changed-classes")));
        return project;
    }

    /** The revision {@code revision --autogenerate} writes, without its id and time, and removed again. */
    static String autogenerated(TestProject project) {
        List<Path> before = new ArrayList<>(project.revisionFiles());
        CliResult result = project.run("revision", "--autogenerate", "-m", "tickets changed");
        assertThat(result.exitCode()).as("%s", result).isZero();
        List<Path> written = new ArrayList<>(project.revisionFiles());
        written.removeAll(before);
        assertThat(written).as("%s", result).hasSize(1);
        try {
            String text = Files.readString(written.get(0));
            Files.delete(written.get(0));
            return text.replaceAll("(?m)^-- retort:(revision|created) .*$", "-- retort:$1 ...");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the steps {@code --verbose} timed. */
    private static List<String> steps(CliResult verbose) {
        return verbose.errLines().stream().filter(line -> line.startsWith("retort: step "))
                .map(line -> line.split(" ")[2]).toList();
    }

    static void asRole(TestProject project, String role) {
        project.setProperty("database.user", role);
        project.setProperty("database.password", DatabaseRoles.PASSWORD);
    }

    static void asOwner(TestProject project, TestDatabase database) {
        project.setProperty("database.user", database.user());
        project.setProperty("database.password", database.password());
    }

    /** The database's URL naming the owner's login, which wins over database.user: a scratch server's URL. */
    private static String withOwnersLogin(TestDatabase database) {
        return database.url() + "?user=" + database.user()
                + (database.password().isEmpty() ? "" : "&password=" + database.password());
    }

    /** The database's URL with every transaction read-only, as on a hot standby. */
    static String readOnlySession(TestDatabase database) {
        return database.url() + (database.url().contains("?") ? "&" : "?")
                + "options=-c%20default_transaction_read_only%3Don";
    }
}
