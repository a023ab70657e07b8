package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFile;
import dev.retort.revisions.SqlStatement;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rolling deploy over two revisions, on tables with rows: the developer replaces {@code customer.nick} by
 * {@code nickname} (NOT NULL), widens {@code email} and drops the {@code legacy_note} entity. The expand revision lets
 * the old and the new version of the application both read and write (as plain SQL, the way each would issue it);
 * the contract revision then finishes the change for the new version alone. Both downgrade exactly.
 */
@ExtendWith(PostgresExtension.class)
class ExpandContractTest {

    private static final String PACKAGE = "dev.retort.e2e.rollout";

    @TempDir
    static Path compiled;

    private static Path oldVersion;
    private static Path newVersion;
    private static Path newVersionWithPhone;

    @BeforeAll
    static void compileBothVersions() {
        oldVersion = EntityCompiler.compileFolder("/dev/retort/cli/models/rollout/old", compiled.resolve("old"));
        newVersion = EntityCompiler.compileFolder("/dev/retort/cli/models/rollout/new", compiled.resolve("new"));
        newVersionWithPhone = EntityCompiler.compileFolder("/dev/retort/cli/models/rollout/new-with-phone",
                compiled.resolve("new-with-phone"));
    }

    @Test
    void expandThenContractKeepsBothVersionsWorkingInBetweenAndDowngradesExactly(TestDatabase database,
                                                                                  @TempDir Path dir) throws Exception {
        TestProject project = deployedOldVersion(database, dir);
        List<String> beforeExpand = CatalogSnapshot.of(database);

        project.useEntities(newVersion);
        List<Path> files = project.revisionFiles();
        CliResult expandRun = project.ok("revision", "--autogenerate", "--expand", "-m", "nickname expand");
        Revision expand = writtenSince(project, files);
        assertThat(statements(expand.upgrade().statements())).containsExactly(ModelEdit.LOCK_TIMEOUT,
                "ALTER TABLE public.customer ADD COLUMN nickname character varying(40)",
                "ALTER TABLE public.customer\n    ALTER COLUMN email TYPE character varying(200),\n"
                        + "    ALTER COLUMN nick DROP NOT NULL");
        assertThat(expand.rollout().pending()).extracting(step -> step.step()).containsExactlyInAnyOrder(
                "drop-column public.customer.nick", "set-not-null public.customer.nickname",
                "drop-table public.legacy_note");
        assertThat(expandRun.out()).contains("Left for the contract", "drop-column public.customer.nick");
        assertThat(Files.readString(expand.file())).as("the comment above the nullable column says what it leaves out")
                .containsPattern("-- column public\\.customer\\.nickname: .*\\(expand part only; pending for the"
                        + " contract: set NOT NULL on public\\.customer\\.nickname .*\\)\n"
                        + "ALTER TABLE public\\.customer ADD COLUMN nickname");

        CliResult pending = project.ok("pending");
        assertThat(pending.out()).contains("3 pending contract step(s)",
                "drop-column public.customer.nick", "set-not-null public.customer.nickname",
                "drop-table public.legacy_note", "(from " + expand.id() + " nickname expand)");
        assertThat(project.ok("pending", "--format", "json").out())
                .contains("\"step\": \"drop-table public.legacy_note\"", "\"revision\": \"" + expand.id() + "\"");

        project.ok("upgrade");
        project.ok("downgrade", "-1");
        assertThat(CatalogSnapshot.of(database)).as("the expand's downgrade").isEqualTo(beforeExpand);
        project.ok("upgrade");

        // Between the two deploys, both versions run.
        oldVersionWrites(database, "bob");
        newVersionWrites(database, "carl", "c".repeat(150) + "@example.com");
        assertThat(database.queryColumn("select nick from customer where nick is not null order by id"))
                .containsExactly("ann", "bob");
        assertThat(database.queryColumn("select nickname from customer where nickname is not null order by id"))
                .containsExactly("carl");
        assertThat(database.queryColumn("select count(*) from legacy_note")).containsExactly("2");

        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isZero();
        assertThat(check.out()).contains("pending contract step (from " + expand.id() + "): column public.customer"
                + ".nick", "pending contract step (from " + expand.id() + "): table public.legacy_note");
        assertThat(project.ok("check", "--format", "json").out()).contains("\"status\": \"ok\"",
                "\"expandRevision\": \"" + expand.id() + "\"");

        // The new version's backfill, before the contract makes nickname NOT NULL.
        database.execute("UPDATE customer SET nickname = nick WHERE nickname IS NULL");
        List<String> beforeContract = CatalogSnapshot.of(database);
        files = project.revisionFiles();
        CliResult contractRun = project.ok("revision", "--autogenerate", "--contract", "-m", "nickname contract");
        Revision contract = writtenSince(project, files);
        assertThat(contract.rollout().completes()).containsExactly(expand.id());
        assertThat(contractRun.out()).contains("Completes the expand revision(s) " + expand.id());
        String contractSql = String.join("\n", statements(contract.upgrade().statements()));
        assertThat(contractSql).contains("ALTER TABLE public.customer DROP COLUMN nick", "DROP TABLE public.legacy_note",
                "ALTER TABLE public.customer ALTER COLUMN nickname SET NOT NULL");
        assertThat(contractSql).doesNotContain("ADD COLUMN", "TYPE character varying");
        assertThat(project.ok("pending").out()).contains("Nothing pending");

        project.ok("upgrade");
        CliResult clean = project.run("check");
        assertThat(clean.exitCode()).as("%s", clean).isZero();
        assertThat(clean.out()).contains("No differences: the entities and the database agree.")
                .doesNotContain("pending");
        newVersionWrites(database, "dora", "d@example.com");
        assertThatThrownBy(() -> oldVersionWrites(database, "eve")).hasMessageContaining("nick");
        assertThat(database.queryColumn("select nickname from customer order by id"))
                .containsExactly("ann", "bob", "carl", "dora");

        database.execute("DELETE FROM customer WHERE nickname = 'dora'");
        project.ok("downgrade", "-1");
        assertThat(CatalogSnapshot.of(database)).as("the contract's downgrade").isEqualTo(beforeContract);
        project.ok("upgrade");
        assertThat(project.autogenerate("nothing left")).isEmpty();
    }

    @Test
    void aContractWithNothingPendingWritesNothingAndSaysSo(TestDatabase database, @TempDir Path dir) {
        TestProject project = deployedOldVersion(database, dir);
        List<Path> before = project.revisionFiles();
        CliResult contract = project.run("revision", "--autogenerate", "--contract", "-m", "nothing");
        assertThat(contract.exitCode()).as("%s", contract).isEqualTo(ExitCode.ERROR);
        assertThat(contract.errLines()).hasSize(1);
        assertThat(contract.err()).contains("nothing is pending");
        assertThat(project.revisionFiles()).isEqualTo(before);
    }

    @Test
    void aContractLeavesWhatElseTheEntitiesChangedForANormalRevision(TestDatabase database, @TempDir Path dir) {
        TestProject project = deployedOldVersion(database, dir);
        project.useEntities(newVersion);
        project.ok("revision", "--autogenerate", "--expand", "-m", "expand");
        project.ok("upgrade");

        project.useEntities(newVersionWithPhone);
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("a new change is a difference, the pending steps are not").isEqualTo(1);
        assertThat(check.out()).contains("column public.customer.phone", "pending contract step");

        database.execute("UPDATE customer SET nickname = nick WHERE nickname IS NULL");
        List<Path> files = project.revisionFiles();
        CliResult contractRun = project.ok("revision", "--autogenerate", "--contract", "-m", "contract");
        assertThat(contractRun.out()).contains("not pending contract steps, left for a normal `revision --autogenerate`",
                "public.customer.phone");
        Revision contract = writtenSince(project, files);
        assertThat(String.join("\n", statements(contract.upgrade().statements()))).doesNotContain("phone");
        project.ok("upgrade");
        Revision rest = project.autogenerate("phone").orElseThrow();
        assertThat(statements(rest.upgrade().statements()))
                .contains("ALTER TABLE public.customer ADD COLUMN phone character varying(30)");
        assertThat(rest.upgrade().statements()).hasSizeLessThan(4);
    }

    @Test
    void withoutFlagsAutogenerateStillWritesExpandAndContractTogether(TestDatabase database, @TempDir Path dir) {
        TestProject project = deployedOldVersion(database, dir);
        project.useEntities(newVersion);
        database.execute("DELETE FROM legacy_note", "DELETE FROM customer");
        Revision all = project.autogenerate("all at once").orElseThrow();
        String sql = String.join("\n", statements(all.upgrade().statements()));
        assertThat(sql).contains("ADD COLUMN nickname", "DROP COLUMN nick", "DROP TABLE public.legacy_note");
        assertThat(all.rollout().pending()).isEmpty();
        project.ok("upgrade");
        assertThat(project.ok("check").out()).contains("No differences");
    }

    @Test
    void aSecondExpandDoesNotRecordAgainWhatIsPendingAlready(TestDatabase database, @TempDir Path dir) {
        TestProject project = deployedOldVersion(database, dir);
        project.useEntities(newVersion);
        project.ok("revision", "--autogenerate", "--expand", "-m", "expand");
        project.ok("upgrade");

        project.useEntities(newVersionWithPhone);
        List<Path> files = project.revisionFiles();
        CliResult second = project.ok("revision", "--autogenerate", "--expand", "-m", "phone");
        Revision phone = writtenSince(project, files);
        assertThat(second.out()).contains("3 contract step(s) are pending already");
        assertThat(phone.rollout().pending()).isEmpty();
        assertThat(statements(phone.upgrade().statements()))
                .contains("ALTER TABLE public.customer ADD COLUMN phone character varying(30)");
        assertThat(project.ok("pending").out()).contains("3 pending contract step(s)");
    }

    @Test
    void aNormalRevisionAfterAnExpandWritesThePendingStepsTooAndCompletesIt(TestDatabase database,
                                                                            @TempDir Path dir) {
        TestProject project = deployedOldVersion(database, dir);
        project.useEntities(newVersion);
        List<Path> files = project.revisionFiles();
        project.ok("revision", "--autogenerate", "--expand", "-m", "expand");
        Revision expand = writtenSince(project, files);
        project.ok("upgrade");
        database.execute("UPDATE customer SET nickname = nick WHERE nickname IS NULL");

        files = project.revisionFiles();
        CliResult everything = project.ok("revision", "--autogenerate", "-m", "everything");
        Revision all = writtenSince(project, files);
        assertThat(everything.out()).contains("left pending as well, and completes them");
        assertThat(all.rollout().completes()).containsExactly(expand.id());
        assertThat(String.join("\n", statements(all.upgrade().statements())))
                .contains("DROP COLUMN nick", "DROP TABLE public.legacy_note", "nickname SET NOT NULL");
        assertThat(project.ok("pending").out()).contains("Nothing pending");
        project.ok("upgrade");
        assertThat(project.ok("check").out()).contains("No differences: the entities and the database agree.");
    }

    @Test
    void aFlywayProjectRefusesExpandInOneLine(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, oldVersion, PACKAGE);
        project.setProperty("script.format", "flyway");
        project.setProperty("script.location", "db/migration");
        CliResult expand = project.run("revision", "--autogenerate", "--expand", "-m", "expand");
        assertThat(expand.exitCode()).as("%s", expand).isEqualTo(ExitCode.ERROR);
        assertThat(expand.errLines()).singleElement().asString().contains("Flyway's scripts");
    }

    /** The old version deployed by a first revision, with a row in each table. */
    private static TestProject deployedOldVersion(TestDatabase database, Path dir) {
        TestProject project = TestProject.init(dir, database, oldVersion, PACKAGE);
        assertThat(project.autogenerate("old version")).isPresent();
        project.ok("upgrade");
        oldVersionWrites(database, "ann");
        return project;
    }

    /** What the old version issues: it names {@code nick} and knows {@code legacy_note}. */
    private static void oldVersionWrites(TestDatabase database, String nick) {
        database.execute("INSERT INTO customer (nick, email) VALUES ('" + nick + "', '" + nick + "@example.com')",
                "INSERT INTO legacy_note (body) VALUES ('note of " + nick + "')");
        assertThat(database.queryColumn("SELECT nick FROM customer WHERE nick = '" + nick + "'")).hasSize(1);
        assertThat(database.queryColumn("SELECT body FROM legacy_note")).isNotEmpty();
    }

    /** What the new version issues: it names {@code nickname}, never {@code nick} or {@code legacy_note}. */
    private static void newVersionWrites(TestDatabase database, String nickname, String email) {
        assertThatCode(() -> database.execute("INSERT INTO customer (nickname, email) VALUES ('" + nickname + "', '"
                + email + "')")).doesNotThrowAnyException();
        assertThat(database.queryColumn("SELECT email FROM customer WHERE nickname = '" + nickname + "'"))
                .containsExactly(email);
    }

    /** The one revision file written since {@code before} was listed. */
    private static Revision writtenSince(TestProject project, List<Path> before) {
        List<Path> written = new ArrayList<>(project.revisionFiles());
        written.removeAll(before);
        assertThat(written).hasSize(1);
        return RevisionFile.read(written.get(0));
    }

    private static List<String> statements(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::sql).toList();
    }
}
