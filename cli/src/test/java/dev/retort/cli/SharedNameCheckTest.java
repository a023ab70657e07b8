package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose table has an index named like one of its foreign keys or checks (legal in PostgreSQL: the
 * names live in different name spaces) is checked like any other: exit 1 for drift, 0 once it is stated as
 * expected, never 3.
 */
@ExtendWith(PostgresExtension.class)
class SharedNameCheckTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    @Test
    void checkComparesATableWithAnIndexNamedLikeItsForeignKeyOrCheck(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, EntityCompiler.library(), PACKAGE);
        project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        String foreignKey = database.queryColumn("select conname from pg_constraint"
                + " where conrelid = 'public.book'::regclass and contype = 'f'").get(0);
        database.execute("CREATE INDEX \"" + foreignKey + "\" ON public.book (author_id)",
                "ALTER TABLE public.book ADD CONSTRAINT book_pages_positive CHECK (pages > 0)",
                "CREATE INDEX book_pages_positive ON public.book (pages)");

        CliResult drift = project.run("check");
        assertThat(drift.exitCode()).as("%s", drift).isEqualTo(ExitCode.DRIFT);
        assertThat(drift.err()).isEmpty();
        assertThat(drift.out().lines().skip(1).map(String::strip).map(line -> line.replaceAll(" \\[entity .*", "")))
                .containsExactlyInAnyOrder(
                        "check constraint public.book.book_pages_positive: in the database, not in the entities"
                                + " [constraint.extra, drift]",
                        "index public.book.book_pages_positive: in the database, not described by the entities"
                                + " [index.extra, drift]",
                        "index public.book." + foreignKey + ": in the database, not described by the entities"
                                + " [index.extra, drift]");

        project.setProperty("retort.index.extra", "ignore");
        project.setProperty("retort.constraint.extra", "ignore");
        CliResult agreeing = project.run("check");
        assertThat(agreeing.exitCode()).as("%s", agreeing).isEqualTo(ExitCode.OK);
        assertThat(agreeing.err()).isEmpty();

        project.setProperty("retort.constraint.extra", "apply");
        project.setProperty("retort.index.extra", "apply");
        assertThat(project.autogenerate("drop what the entities do not describe").orElseThrow().upgrade()
                .statements()).extracting(s -> s.sql()).containsExactlyInAnyOrder(ModelEdit.LOCK_TIMEOUT,
                        "ALTER TABLE public.book DROP CONSTRAINT book_pages_positive",
                        "DROP INDEX CONCURRENTLY public.book_pages_positive",
                        "DROP INDEX CONCURRENTLY public." + foreignKey);
        project.ok("upgrade");
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(database.queryColumn("select count(*) from pg_constraint where conname = '" + foreignKey + "'"))
                .isEqualTo(List.of("1"));
    }
}
