package dev.retort.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliResult;
import dev.retort.cli.EntityCompiler;
import dev.retort.cli.ExitCode;
import dev.retort.cli.TestProject;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Liquibase project gets the lock-aware forms too: {@code revision --autogenerate} writes the change of a table
 * with rows as a changeset run in a transaction and, after it, one with {@code runInTransaction:false} holding the
 * concurrent index builds, the unique key attached from its index and the constraints validated after their
 * {@code NOT VALID} add, each changeset with the {@code --rollback} that undoes exactly it. Liquibase's update and
 * rollback-count and retort's downgrade, one changeset at a time, each restore the catalog exactly.
 */
@ExtendWith(PostgresExtension.class)
class LiquibaseLockAwareTest {

    private static final String RESOURCES = "src/main/resources";
    private static final String PACKAGE = "dev.retort.e2e.library";

    @Test
    void aChangeOfAPopulatedTableIsAChangesetInATransactionThenOneOutsideEachRolledBackExactly(
            TestDatabase database, @TempDir Path dir, @TempDir Path compiled) {
        TestProject project = TestProject.init(dir, database, EntityCompiler.compile("library", "base",
                compiled.resolve("base")), PACKAGE);
        project.setProperty("script.format", "liquibase");
        project.setProperty("script.location", RESOURCES);
        project.setProperty("history.database", database.url());
        LiquibaseRuns liquibase = new LiquibaseRuns(dir.resolve(RESOURCES), "db/changelog/db.changelog-master.yaml");
        project.ok("revision", "--autogenerate", "-m", "library");
        liquibase.update(database);
        database.execute("INSERT INTO public.author (name) VALUES ('a')",
                "INSERT INTO public.publisher (name) VALUES ('p')",
                "INSERT INTO public.book (title, isbn, pages, author_id) SELECT 't' || g, 'i' || g, g, 1"
                        + " FROM generate_series(1, 2000) g");
        List<String> atBase = CatalogSnapshot.of(database);
        project.useEntities(EntityCompiler.compile("library", "lock-aware", compiled.resolve("lock-aware")));

        project.ok("revision", "--autogenerate", "-m", "lock aware");

        String text = LiquibaseRuns.read(changeLogs(dir).get(1));
        String id = changeLogs(dir).get(1).getFileName().toString().substring(0, 14);
        String[] changeSets = text.split("\n--changeset ");
        assertThat(changeSets).hasSize(3);
        assertThat(changeSets[1]).startsWith("retort:" + id + "\n").contains("SET lock_timeout",
                "ADD COLUMN publisher_id", "--rollback ALTER TABLE public.book DROP COLUMN publisher_id")
                .doesNotContain("CONCURRENTLY").doesNotContain("NOT VALID");
        assertThat(changeSets[2]).startsWith("retort:" + id + "-2 runInTransaction:false\n").contains(
                "SET lock_timeout", "CREATE INDEX CONCURRENTLY idx_book_title ON public.book (title)",
                "CREATE UNIQUE INDEX CONCURRENTLY uk_book_isbn ON public.book (isbn)",
                "ALTER TABLE public.book ADD CONSTRAINT uk_book_isbn UNIQUE USING INDEX uk_book_isbn",
                "CHECK (isbn IS NOT NULL) NOT VALID", "REFERENCES public.publisher (id) NOT VALID",
                "VALIDATE CONSTRAINT", "--rollback DROP INDEX CONCURRENTLY public.idx_book_title",
                "--rollback ALTER TABLE public.book DROP CONSTRAINT uk_book_isbn",
                "--rollback ALTER TABLE public.book ALTER COLUMN isbn DROP NOT NULL")
                .doesNotContain("DROP COLUMN");

        liquibase.update(database);
        assertThat(database.queryColumn("SELECT (SELECT count(*) FROM pg_constraint WHERE NOT convalidated)"
                + " + (SELECT count(*) FROM pg_index WHERE NOT indisvalid)")).containsExactly("0");
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        List<String> atHead = CatalogSnapshot.of(database);

        liquibase.rollbackCount(database, 1);
        List<String> inTheTransactionOnly = CatalogSnapshot.of(database);
        assertThat(inTheTransactionOnly).anyMatch(line -> line.contains("publisher_id"))
                .noneMatch(line -> line.contains("idx_book_title") || line.contains("uk_book_isbn"));
        project.ok("downgrade", "-1");
        assertThat(CatalogSnapshot.of(database)).as("after both rollbacks").isEqualTo(atBase);

        liquibase.update(database);
        assertThat(CatalogSnapshot.of(database)).isEqualTo(atHead);
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
        project.ok("downgrade", "-1");
        assertThat(CatalogSnapshot.of(database)).as("retort's downgrade of the second changeset")
                .isEqualTo(inTheTransactionOnly);
        liquibase.rollbackCount(database, 1);
        assertThat(CatalogSnapshot.of(database)).as("Liquibase's rollback of the first").isEqualTo(atBase);
    }

    /** The changelogs retort wrote: {@code <yyyyMMddHHmmss>_<slug>.sql} beside the master, oldest first. */
    private static List<Path> changeLogs(Path dir) {
        return LiquibaseRuns.changeLogsIn(dir.resolve(RESOURCES).resolve("db/changelog"));
    }
}
