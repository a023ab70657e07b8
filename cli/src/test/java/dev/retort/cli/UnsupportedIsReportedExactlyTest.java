package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What retort cannot compare yet (here a column collation and an exclusion constraint made by hand) is reported in
 * so many words, as a difference of kind {@code unsupported}: {@code check} exits 1 with exactly these lines, and
 * autogenerate lists them without turning them into SQL. Neither is the error path (exit 3), nor a crash reported
 * as a bug.
 */
@ExtendWith(PostgresExtension.class)
class UnsupportedIsReportedExactlyTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    // Every unsupported constraint is labelled "check constraint" today, whatever its type (BeyondTables.path).
    private static final String EXCLUSION = "check constraint public.book.book_title_excl: the database has an"
            + " exclusion constraint (EXCLUDE USING btree (title WITH =)), which retort cannot compare [unsupported]";
    private static final String COLLATION = "column public.book.isbn: the database has a column collation (C), which"
            + " retort cannot compare [unsupported]";

    @Test
    void checkReportsEachUnsupportedObjectInOneExactLineAndExitsOne(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, EntityCompiler.library(), PACKAGE);
        project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        database.execute("ALTER TABLE public.book ALTER COLUMN isbn TYPE character varying(13) COLLATE \"C\"",
                "ALTER TABLE public.book ADD CONSTRAINT book_title_excl EXCLUDE USING btree (title WITH =)");

        CliResult check = project.run("check");

        assertThat(check.exitCode()).as("%s", check).isEqualTo(1);
        assertThat(check.err()).as("%s", check).isEmpty();
        assertThat(check.out().lines()).as("%s", check).containsExactly(
                "2 difference(s) between the entities and the database (0 would become SQL, 2 reported only):",
                "  " + EXCLUSION + " [entity dev.retort.e2e.library.Book]",
                "  " + COLLATION + " [dev.retort.e2e.library.Book.isbn]");

        CliResult revision = project.run("revision", "--autogenerate", "-m", "nothing to write");
        assertThat(revision.exitCode()).as("%s", revision).isEqualTo(0);
        assertThat(revision.err()).as("%s", revision).isEmpty();
        assertThat(revision.out().lines()).as("%s", revision).containsExactly(
                "reported, not turned into SQL: " + EXCLUSION,
                "reported, not turned into SQL: " + COLLATION,
                "No changes to write: the differences above are reported only (drift, or what the database holds"
                        + " beyond the entities; kind in brackets, see retort.<kind>); no revision written.");
        assertThat(project.revisionFiles()).hasSize(1);
    }
}
