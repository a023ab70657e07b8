package dev.retort.cli;

import static dev.retort.cli.FlywayNoTransactionTest.copyLibraryV1;
import static dev.retort.cli.FlywayNoTransactionTest.migrate;
import static dev.retort.cli.FlywayNoTransactionTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Flyway project gets the lock-aware forms too: {@code revision --autogenerate} writes the change of a table with
 * rows as a transactional version and, after it, a version Flyway runs outside a transaction (its {@code .sql.conf}
 * says so) holding the concurrent index builds, the unique key attached from its index, and the constraints added
 * {@code NOT VALID} then validated; each version's {@code U} script undoes exactly that version. Flyway applies
 * both, {@code check} is clean, and each undo script restores the catalog the version found.
 */
@ExtendWith(PostgresExtension.class)
class FlywayLockAwareTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    @Test
    void aChangeOfAPopulatedTableIsAVersionInTheTransactionThenOneOutsideItEachUndoneExactly(
            TestDatabase database, @TempDir Path dir, @TempDir Path compiled) {
        Path migrations = dir.resolve("db/migration");
        copyLibraryV1(migrations);
        TestProject project = TestProject.init(dir, database, EntityCompiler.compile("library", "lock-aware",
                compiled), PACKAGE);
        project.setProperty("script.format", "flyway");
        project.setProperty("script.location", "db/migration");
        project.setProperty("history.database", database.url());
        project.setProperty("flyway.postgresql.transactional.lock", "false");
        migrate(database, migrations, null);
        database.execute("INSERT INTO author (name) VALUES ('a')", "INSERT INTO publisher (name) VALUES ('p')",
                "INSERT INTO book (title, isbn, pages, author_id) SELECT 't' || g, 'i' || g, g, 1"
                        + " FROM generate_series(1, 2000) g");
        List<String> atV1 = CatalogSnapshot.of(database);

        CliResult written = project.ok("revision", "--autogenerate", "-m", "lock aware");

        assertThat(written.out()).contains("V2__lock_aware.sql").contains("V3__lock_aware_outside_transaction.sql");
        assertThat(migrations.resolve("V2__lock_aware.sql.conf")).doesNotExist();
        assertThat(read(migrations.resolve("V2__lock_aware.sql"))).contains("SET lock_timeout",
                "ADD COLUMN publisher_id").doesNotContain("CONCURRENTLY").doesNotContain("NOT VALID");
        assertThat(read(migrations.resolve("U2__lock_aware.sql"))).contains("DROP COLUMN publisher_id")
                .doesNotContain("DROP INDEX").doesNotContain("uk_book_isbn");
        for (String script : List.of("V3__lock_aware_outside_transaction.sql",
                "U3__lock_aware_outside_transaction.sql")) {
            assertThat(read(migrations.resolve(script + ".conf"))).contains("executeInTransaction=false");
            assertThat(read(migrations.resolve(script))).contains("SET lock_timeout");
        }
        assertThat(read(migrations.resolve("V3__lock_aware_outside_transaction.sql"))).contains(
                "CREATE INDEX CONCURRENTLY idx_book_title ON public.book (title)",
                "CREATE UNIQUE INDEX CONCURRENTLY uk_book_isbn ON public.book (isbn)",
                "ALTER TABLE public.book ADD CONSTRAINT uk_book_isbn UNIQUE USING INDEX uk_book_isbn",
                "CHECK (isbn IS NOT NULL) NOT VALID", "ALTER TABLE public.book ALTER COLUMN isbn SET NOT NULL",
                "REFERENCES public.publisher (id) NOT VALID", "VALIDATE CONSTRAINT");
        assertThat(read(migrations.resolve("U3__lock_aware_outside_transaction.sql"))).contains(
                "DROP INDEX CONCURRENTLY public.idx_book_title", "DROP CONSTRAINT uk_book_isbn",
                "ALTER COLUMN isbn DROP NOT NULL").doesNotContain("DROP COLUMN");

        migrate(database, migrations, "2");
        List<String> atV2 = CatalogSnapshot.of(database);
        migrate(database, migrations, null);
        assertThat(database.queryColumn("SELECT version || ':' || success FROM flyway_schema_history"
                + " ORDER BY installed_rank")).containsExactly("1:true", "2:true", "3:true");
        assertThat(database.queryColumn("SELECT (SELECT count(*) FROM pg_constraint WHERE NOT convalidated)"
                + " + (SELECT count(*) FROM pg_index WHERE NOT indisvalid)")).containsExactly("0");
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        List<String> atV3 = CatalogSnapshot.of(database);

        project.ok("downgrade", "-1");
        assertThat(CatalogSnapshot.of(database)).as("after U3").isEqualTo(atV2);
        project.ok("downgrade", "-1");
        assertThat(CatalogSnapshot.of(database)).as("after U2").isEqualTo(atV1);

        migrate(database, migrations, null);
        assertThat(CatalogSnapshot.of(database)).isEqualTo(atV3);
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
    }

    /**
     * Flyway's default lock is held by a transaction for the whole migrate, which a concurrent index build waits for
     * forever: the same change is then one transactional version, in the blocking forms, said so, and Flyway with its
     * defaults applies it.
     */
    @Test
    void withFlywaysDefaultLockTheChangeIsOneTransactionalVersionInTheBlockingFormsSaidSo(
            TestDatabase database, @TempDir Path dir, @TempDir Path compiled) {
        Path migrations = dir.resolve("db/migration");
        copyLibraryV1(migrations);
        TestProject project = TestProject.init(dir, database, EntityCompiler.compile("library", "lock-aware",
                compiled), PACKAGE);
        project.setProperty("script.format", "flyway");
        project.setProperty("script.location", "db/migration");
        project.setProperty("history.database", database.url());
        migrate(database, migrations, null);
        database.execute("INSERT INTO author (name) VALUES ('a')",
                "INSERT INTO book (title, isbn, pages, author_id) SELECT 't' || g, 'i' || g, g, 1"
                        + " FROM generate_series(1, 2000) g");

        CliResult written = project.ok("revision", "--autogenerate", "-m", "lock aware");

        assertThat(written.out()).contains("V2__lock_aware.sql").doesNotContain("outside_transaction");
        assertThat(written.err()).contains("written in the blocking forms",
                "flyway.postgresql.transactional.lock=false");
        assertThat(migrations.resolve("V2__lock_aware.sql.conf")).doesNotExist();
        assertThat(read(migrations.resolve("V2__lock_aware.sql"))).contains("SET lock_timeout",
                "CREATE INDEX idx_book_title ON public.book (title)").doesNotContain("CONCURRENTLY")
                .doesNotContain("NOT VALID");
        Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("filesystem:" + migrations).load().migrate();
        assertThat(database.queryColumn("SELECT version || ':' || success FROM flyway_schema_history"
                + " ORDER BY installed_rank")).containsExactly("1:true", "2:true");
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
    }
}
