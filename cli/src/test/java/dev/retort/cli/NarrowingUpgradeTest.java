package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Narrowing a column through the CLI, with rows in the table: a row whose value would change (cut, rounded, its
 * time dropped) or does not fit makes {@code upgrade} exit 3 with one line naming the column, and leaves the
 * database as it was; with rows that fit, the upgrade applies and the values read back unchanged. A widening is
 * not marked destructive; both commands say how many destructive statements a revision has.
 */
@ExtendWith(PostgresExtension.class)
class NarrowingUpgradeTest {

    private static final String PACKAGE = "dev.retort.e2e.measures";
    private static final String COLUMNS = "label, note, doc, amount, price, happened, big, ratio, code";
    /** One row of values that every narrowed column holds, in {@link #COLUMNS}' order. */
    private static final String FITS = "'fits', '0123456789', '{\"a\": 1}', 10.00, 999.99, '2024-02-29 00:00', "
            + "2147483647, 1.25, '42'";

    /** A column, a value of its old type that the narrowed type would change or cannot hold, and what it says. */
    private record Misfit(String column, String value, String complaint) {
    }

    private static final List<Misfit> MISFITS = List.of(
            new Misfit("label", "repeat('y', 300)", "1 row(s) would change converting character varying(300) "
                    + "to character varying(255)"),
            new Misfit("note", "'0123456789A'", "1 row(s) would change converting text to character varying(10)"),
            new Misfit("doc", "'{\"a\": \"bbbbbbbbbbb\"}'", "1 row(s) would change converting jsonb to "
                    + "character varying(12)"),
            new Misfit("amount", "10.50", "1 row(s) would change converting numeric(12,2) to numeric(12,0)"),
            new Misfit("price", "1000.00", "a value does not convert to numeric(5,2) (numeric field overflow)"),
            new Misfit("happened", "'2024-02-29 10:30'", "1 row(s) would change converting timestamp(6) without "
                    + "time zone to date"),
            new Misfit("big", "2147483648", "a value does not convert to integer (integer out of range)"),
            new Misfit("ratio", "1.2345678901234", "1 row(s) would change converting double precision to real"),
            new Misfit("code", "'0042'", "1 row(s) would change converting text to integer"));

    @TempDir
    static Path compiled;

    private static Path base;
    private static Path narrowed;
    private static Path widened;

    @BeforeAll
    static void compileTheModels() {
        base = EntityCompiler.compile("measures", "base", compiled.resolve("base"));
        narrowed = EntityCompiler.compile("measures", "narrowed", compiled.resolve("narrowed"));
        widened = EntityCompiler.compile("measures", "widened", compiled.resolve("widened"));
    }

    @Test
    void aRowThatWouldChangeFailsTheUpgradeNamingItsColumnAndRowsThatFitKeepTheirValues(TestDatabase database,
            @TempDir Path dir) {
        TestProject project = atBase(database, dir);
        List<String> atBase = project.appliedRevisions();
        project.useEntities(narrowed);
        CliResult written = project.ok("revision", "--autogenerate", "-m", "narrow");
        assertThat(written.out()).as("the lock_timeout, 9 guards and one ALTER TABLE making the 9 type changes (one"
                + " rewrite); the guards are not destructive").contains("(11 upgrade statements, 1 destructive)");

        for (Misfit misfit : MISFITS) {
            database.execute("INSERT INTO public.measure (id, " + COLUMNS + ") VALUES (1, " + FITS + ")",
                    "UPDATE public.measure SET " + misfit.column() + " = " + misfit.value());
            List<String> before = database.queryColumn("SELECT " + misfit.column() + "::text FROM public.measure");
            String typeBefore = typeOf(database, misfit.column());

            CliResult refused = project.run("upgrade");

            assertThat(refused.exitCode()).as("%s", refused).isEqualTo(3);
            assertThat(refused.errLines()).as("%s", refused).singleElement().asString()
                    .startsWith("retort upgrade: ").contains(": ERROR: retort: column public.measure."
                            + misfit.column() + ": " + misfit.complaint() + " HINT: ")
                    .endsWith("rolled back; the database stays at " + atBase.get(0) + ")");
            assertThat(project.appliedRevisions()).isEqualTo(atBase);
            assertThat(database.queryColumn("SELECT " + misfit.column() + "::text FROM public.measure"))
                    .isEqualTo(before);
            assertThat(typeOf(database, misfit.column())).isEqualTo(typeBefore);
            database.execute("DELETE FROM public.measure");
        }

        database.execute("INSERT INTO public.measure (id, " + COLUMNS + ") VALUES (1, " + FITS + ")");
        CliResult upgraded = project.ok("upgrade");
        assertThat(upgraded.out()).containsPattern("upgraded \\w+ narrow \\(\\d+ ms, 1 destructive statement\\)");
        assertThat(database.queryColumn("SELECT concat_ws(' | ', " + COLUMNS + ") FROM public.measure"))
                .containsExactly("fits | 0123456789 | {\"a\": 1} | 10 | 999.99 | 2024-02-29 | 2147483647 | 1.25 | 42");
        assertThat(project.run("check").exitCode()).isZero();
    }

    @Test
    void aWideningIsNotMarkedDestructiveItsDowngradeIsAndIsGuarded(TestDatabase database, @TempDir Path dir)
            throws Exception {
        TestProject project = atBase(database, dir);
        project.useEntities(widened);

        CliResult written = project.ok("revision", "--autogenerate", "-m", "widen");

        assertThat(written.out()).contains("(2 upgrade statements, 0 destructive)");
        Revision revision = project.revisionFiles().stream().map(dev.retort.revisions.RevisionFile::read)
                .filter(r -> r.message().equals("widen")).findFirst().orElseThrow();
        String text = Files.readString(revision.file());
        String upgrade = text.substring(text.indexOf("-- retort:upgrade"), text.indexOf("-- retort:downgrade"));
        String downgrade = text.substring(text.indexOf("-- retort:downgrade"));
        assertThat(upgrade).doesNotContain("DESTRUCTIVE").doesNotContain("DO $retort$")
                .contains("ALTER TABLE public.measure\n    ALTER COLUMN amount TYPE numeric(14,2),\n"
                        + "    ALTER COLUMN label TYPE character varying(400);");
        // the two narrowings back: both guards first, then one ALTER TABLE (one rewrite), marked destructive
        assertThat(downgrade.split("-- DESTRUCTIVE: may lose data\nALTER TABLE", -1)).hasSize(2);
        assertThat(downgrade.split("\nDO \\$retort\\$\n", -1)).hasSize(3);
        assertThat(revision.downgrade().destructive()).isEqualTo(1);

        assertThat(project.ok("upgrade").out()).containsPattern("\\(\\d+ ms, 0 destructive statements\\)");
        database.execute("INSERT INTO public.measure (id, label, amount) VALUES (1, repeat('z', 301), 1.25)");
        CliResult refused = project.run("downgrade", "-1");
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.errLines()).singleElement().asString().contains("ERROR: retort: column public.measure."
                + "label: 1 row(s) would change converting character varying(400) to character varying(300)");
        database.execute("UPDATE public.measure SET label = 'short'");
        assertThat(project.ok("downgrade", "-1").out())
                .containsPattern("downgraded \\w+ widen \\(\\d+ ms, 1 destructive statement\\)");
        assertThat(database.queryColumn("SELECT label || ' ' || amount FROM public.measure"))
                .containsExactly("short 1.25");
    }

    /** psql splits the guard's dollar-quoted body as retort does: the offline SQL fails alike, and applies alike. */
    @Test
    void theOfflineSqlRunByPsqlFailsOnARowThatWouldChangeNamingTheColumn(TestDatabase database, @TempDir Path dir)
            throws Exception {
        TestProject project = atBase(database, dir);
        project.useEntities(narrowed);
        project.ok("revision", "--autogenerate", "-m", "narrow");
        Path script = dir.resolve("narrow.sql");
        Files.writeString(script, project.ok("upgrade", "--sql", project.appliedRevisions().get(0) + ":head").out());
        database.execute("INSERT INTO public.measure (id, " + COLUMNS + ") VALUES (1, " + FITS + ")",
                "UPDATE public.measure SET amount = 10.50");

        CliResult refused = Psql.runFile(database, script);

        assertThat(refused.exitCode()).as("%s", refused).isNotZero();
        assertThat(refused.err()).contains("ERROR:  retort: column public.measure.amount: 1 row(s) would change "
                + "converting numeric(12,2) to numeric(12,0)");
        assertThat(project.appliedRevisions()).hasSize(1);
        database.execute("UPDATE public.measure SET amount = 10.00");
        assertThat(Psql.runFile(database, script).exitCode()).isZero();
        assertThat(project.appliedRevisions()).hasSize(2);
        assertThat(database.queryColumn("SELECT amount::text FROM public.measure")).containsExactly("10");
    }

    /** A project whose database has the base model's table, by a first revision. */
    private static TestProject atBase(TestDatabase database, Path dir) {
        TestProject project = TestProject.init(dir, database, base, PACKAGE);
        project.autogenerate("measures");
        project.ok("upgrade");
        return project;
    }

    private static String typeOf(TestDatabase database, String column) {
        return database.queryColumn("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                + "WHERE attrelid = 'public.measure'::regclass AND attname = '" + column + "'").get(0);
    }
}
