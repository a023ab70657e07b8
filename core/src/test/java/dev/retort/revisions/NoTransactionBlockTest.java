package dev.retort.revisions;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A {@code -- retort:no-transaction} block on a real PostgreSQL: what runs where, and what a failure reports. */
@ExtendWith(PostgresExtension.class)
class NoTransactionBlockTest {

    private static final String INDEXED = """
            -- retort:revision cccc00000001
            -- retort:parents
            -- retort:message book isbn index
            -- retort:created 2026-11-23T08:00:00Z

            -- retort:upgrade

            CREATE TABLE book (id bigint PRIMARY KEY, isbn text);
            INSERT INTO book SELECT g, 'isbn-' || g FROM generate_series(1, 1000) g;

            -- retort:no-transaction
            CREATE INDEX CONCURRENTLY book_isbn ON book (isbn);
            -- retort:transaction

            COMMENT ON INDEX book_isbn IS 'built concurrently';

            -- retort:downgrade

            -- retort:no-transaction
            DROP INDEX CONCURRENTLY book_isbn;
            -- retort:transaction
            DROP TABLE book;
            """;

    @TempDir
    Path versions;

    private final VersionTable versionTable = VersionTable.standard();
    private final ScriptRunner runner = new ScriptRunner(versionTable, new AppliedBy("tester", "test"));

    @Test
    void createIndexConcurrentlyRunsInItsBlockAndTheRevisionIsRecordedOnce(TestDatabase database) throws Exception {
        Revision revision = write(INDEXED);
        assertThat(revision.upgrade().blocks()).extracting(Script.Block::transactional)
                .containsExactly(true, false, true);

        try (Connection connection = database.connect()) {
            versionTable.ensureExists(connection);
            runner.upgrade(connection, revision);
            assertThat(versionTable.read(connection)).singleElement().satisfies(row -> {
                assertThat(row.id()).isEqualTo("cccc00000001");
                assertThat(row.checksum()).isEqualTo(revision.checksum());
            });
        }
        assertThat(database.queryColumn("select i.indisvalid || ' ' || obj_description(c.oid, 'pg_class') "
                + "from pg_index i join pg_class c on c.oid = i.indexrelid where c.relname = 'book_isbn'"))
                .containsExactly("true built concurrently");

        try (Connection connection = database.connect()) {
            runner.downgrade(connection, revision);
            assertThat(versionTable.applied(connection)).isEmpty();
        }
        assertThat(database.queryColumn("select to_regclass('book')")).containsExactly((String) null);
    }

    @Test
    void withoutTheMarkerPostgresRefusesTheIndexInsideTheRevisionsTransaction(TestDatabase database)
            throws Exception {
        Revision revision = write(INDEXED.replace("-- retort:no-transaction\n", "").replace("-- retort:transaction\n",
                ""));
        assertThat(revision.upgrade().isTransactional()).isTrue();

        try (Connection connection = database.connect()) {
            versionTable.ensureExists(connection);
            assertThatThrownBy(() -> runner.upgrade(connection, revision))
                    .isInstanceOf(ScriptFailedException.class)
                    .hasMessageEndingWith(":11: ERROR: CREATE INDEX CONCURRENTLY cannot run inside a transaction block");
            assertThat(versionTable.applied(connection)).isEmpty();
        }
        assertThat(database.queryColumn("select to_regclass('book')")).containsExactly((String) null);
    }

    @Test
    void aFailureInTheBlockSaysWhichStatementsRanAndWhichDidNotAndRecordsNothing(TestDatabase database)
            throws Exception {
        Revision revision = write("""
                -- retort:revision dddd00000001
                -- retort:parents
                -- retort:message unique isbn
                -- retort:created 2026-11-23T08:00:00Z

                -- retort:upgrade

                CREATE TABLE book (id bigint PRIMARY KEY, isbn text);
                INSERT INTO book VALUES (1, 'same'), (2, 'same');

                -- retort:no-transaction
                CREATE INDEX CONCURRENTLY book_id_isbn ON book (id, isbn);
                CREATE UNIQUE INDEX CONCURRENTLY book_isbn ON book (isbn);
                CREATE INDEX CONCURRENTLY book_isbn_id ON book (isbn, id);
                -- retort:transaction

                COMMENT ON TABLE book IS 'books';

                -- retort:downgrade

                DROP TABLE book;
                """);
        Path file = revision.file();

        try (Connection connection = database.connect()) {
            versionTable.ensureExists(connection);
            assertThatThrownBy(() -> runner.upgrade(connection, revision))
                    .isInstanceOf(PartlyAppliedException.class)
                    .hasMessage(file + ":13: ERROR: could not create unique index \"book_isbn\" DETAIL: Key (isbn)="
                            + "(same) is duplicated.; it left the invalid index book_isbn behind: drop it (DROP INDEX"
                            + " CONCURRENTLY book_isbn) before running it again; revision dddd00000001 is partly"
                            + " applied: the statements at "
                            + "lines 8, 9, 12 ran and stay committed, lines 14, 17 did not run, and the version "
                            + "table still records it as not applied: undo what ran by hand and run 'retort "
                            + "upgrade' again, or finish the rest by hand and stamp it")
                    .satisfies(e -> {
                        PartlyAppliedException partly = (PartlyAppliedException) e;
                        assertThat(partly.ran()).containsExactly(8, 9, 12);
                        assertThat(partly.failed()).isEqualTo(13);
                        assertThat(partly.notRun()).containsExactly(14, 17);
                        assertThat(partly.withStampTarget(List.of("dddd00000001")).getMessage())
                                .endsWith("finish the rest by hand and run 'retort stamp dddd00000001'");
                    });
            assertThat(versionTable.applied(connection)).isEmpty();
        }
        // Exactly what the message says: the table, its rows and the first index exist; the failed index is left
        // invalid (PostgreSQL's doing), the last index and the comment do not exist.
        assertThat(database.queryColumn("select c.relname || ' ' || i.indisvalid from pg_index i "
                + "join pg_class c on c.oid = i.indexrelid where i.indrelid = 'book'::regclass order by 1"))
                .containsExactly("book_id_isbn true", "book_isbn false", "book_pkey true");
        assertThat(database.queryColumn("select count(*) || ' ' || coalesce(obj_description('book'::regclass), "
                + "'no comment') from book")).containsExactly("2 no comment");
    }

    @Test
    void aFailureBeforeAnythingCommittedIsAnOrdinaryFailure(TestDatabase database) throws Exception {
        Revision revision = write("""
                -- retort:revision eeee00000001
                -- retort:parents
                -- retort:message index on a missing table
                -- retort:created 2026-11-23T08:00:00Z

                -- retort:upgrade
                -- retort:no-transaction
                CREATE INDEX CONCURRENTLY nowhere_id ON nowhere (id);

                -- retort:downgrade
                """);

        try (Connection connection = database.connect()) {
            versionTable.ensureExists(connection);
            assertThatThrownBy(() -> runner.upgrade(connection, revision))
                    .isInstanceOf(ScriptFailedException.class)
                    .hasMessage(revision.file() + ":8: ERROR: relation \"nowhere\" does not exist");
            assertThat(versionTable.applied(connection)).isEmpty();
        }
    }

    private Revision write(String text) throws Exception {
        String id = text.lines().findFirst().orElseThrow().substring("-- retort:revision ".length());
        Path file = versions.resolve(id + ".sql");
        Files.writeString(file, text);
        return RevisionFile.read(file);
    }
}
