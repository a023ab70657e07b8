package dev.retort.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.liquibase.LiquibaseChangeLogWriter.ChangeSetDraft;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFileException;
import dev.retort.templates.ReportedFinding;
import dev.retort.templates.RevisionTemplates;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.ScriptStatement;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * retort's formatted SQL changelogs, applied and rolled back by Liquibase itself on a real database: the catalog after
 * the rollback is the catalog before the update, and {@code DATABASECHANGELOG} names what retort's graph names.
 */
@ExtendWith(PostgresExtension.class)
class LiquibaseChangeLogWriterTest {

    private static final Instant CREATED = Instant.parse("2026-12-06T13:32:12Z");

    @TempDir
    Path resources;

    private static ScriptStatement statement(String cause, String sql) {
        return new ScriptStatement(cause, sql, false);
    }

    private static RevisionDocument document(String id, String message, List<ScriptStatement> upgrade,
                                             List<ScriptStatement> downgrade) {
        return new RevisionDocument(id, List.of(), message, CREATED, upgrade, downgrade,
                List.of(new ReportedFinding("index public.x", "rollback: reported only")), "test");
    }

    private static final List<ScriptStatement> CREATE_BOOK = List.of(
            statement("table public.book is missing [Book]", "CREATE TABLE public.book (\n    id bigint NOT NULL,\n"
                    + "    title character varying(200),\n    CONSTRAINT book_pkey PRIMARY KEY (id)\n)"),
            statement("comment on public.book is missing", "COMMENT ON TABLE public.book IS 'it''s; a book'"));
    private static final List<ScriptStatement> DROP_BOOK = List.of(
            new ScriptStatement("undo: table public.book is missing [Book]", "DROP TABLE public.book", true));

    @Test
    void aRevisionBecomesAFormattedSqlChangelogThatLiquibaseAppliesAndRollsBackToTheExactCatalog(
            TestDatabase database) throws Exception {
        LiquibaseChangeLog changeLog = new LiquibaseChangeLog(resources, "db/changelog/db.changelog-master.yaml");
        LiquibaseChangeLogWriter writer = new LiquibaseChangeLogWriter(changeLog, RevisionTemplates.liquibaseForProject(resources));
        List<String> before = CatalogSnapshot.of(database);

        String id = writer.nextId(CREATED);
        Revision written = writer.write(document(id, "rollback: add book", CREATE_BOOK, DROP_BOOK));

        assertThat(id).isEqualTo("20261206133212");
        Path file = resources.resolve("db/changelog/20261206133212_rollback_add_book.sql");
        assertThat(written.file()).isEqualTo(file);
        assertThat(written.id()).isEqualTo("db/changelog/20261206133212_rollback_add_book.sql::20261206133212::retort");
        assertThat(written.upgrade().size()).isEqualTo(2);
        assertThat(written.downgrade().size()).isEqualTo(1);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("--liquibase formatted sql\n")
                .contains("\n--changeset retort:20261206133212\n--comment: rollback: add book\n")
                .contains("--rollback DROP TABLE public.book;\n");
        assertThat(Files.readString(changeLog.masterFile(), StandardCharsets.UTF_8)).isEqualTo("databaseChangeLog:\n"
                + "  - include:\n      file: \"20261206133212_rollback_add_book.sql\"\n"
                + "      relativeToChangelogFile: true\n");

        try (Connection connection = database.connect()) {
            LiquibaseRunner.update(changeLog, connection);
            assertThat(LiquibaseHistory.read(connection)).singleElement()
                    .satisfies(row -> assertThat(row.id()).isEqualTo(written.id()));
            assertThat(database.queryColumn("SELECT obj_description('public.book'::regclass)"))
                    .containsExactly("it's; a book");
            assertThat(writer.nextId(CREATED)).as("a second revision in the same second").isEqualTo("20261206133213");

            LiquibaseRunner.rollbackCount(changeLog, connection, 1);
            assertThat(LiquibaseHistory.read(connection)).isEmpty();
        }
        assertThat(withoutLiquibasesTables(CatalogSnapshot.of(database))).isEqualTo(before);
    }

    /**
     * CREATE INDEX CONCURRENTLY fails inside a transaction block: Liquibase can apply it only because its changeset
     * says runInTransaction:false.
     */
    @Test
    void statementsThatCannotRunInATransactionGetAChangesetOfTheirOwn(TestDatabase database) throws Exception {
        LiquibaseChangeLog changeLog = new LiquibaseChangeLog(resources, "db/changelog/db.changelog-master.xml");
        LiquibaseChangeLogWriter writer = new LiquibaseChangeLogWriter(changeLog, RevisionTemplates.liquibaseForProject(resources));
        List<String> before = CatalogSnapshot.of(database);
        ChangeSetDraft table = new ChangeSetDraft(true, CREATE_BOOK, DROP_BOOK);
        ChangeSetDraft index = new ChangeSetDraft(false,
                List.of(statement("index book_title_idx is missing",
                        "CREATE INDEX CONCURRENTLY book_title_idx ON public.book (title)")),
                List.of(statement("undo: index book_title_idx is missing",
                        "DROP INDEX CONCURRENTLY public.book_title_idx")));

        Revision written = writer.write(document("20261206133212", "add book", List.of(), List.of()),
                List.of(table, index));

        assertThat(Files.readString(written.file(), StandardCharsets.UTF_8))
                .contains("\n--changeset retort:20261206133212-2 runInTransaction:false\n");
        List<Revision> revisions = changeLog.graph().revisions();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(1).upgrade().isTransactional()).isFalse();
        try (Connection connection = database.connect()) {
            LiquibaseRunner.update(changeLog, connection);
            assertThat(database.queryColumn("SELECT indexname FROM pg_indexes WHERE tablename = 'book' ORDER BY 1"))
                    .containsExactly("book_pkey", "book_title_idx");
            LiquibaseRunner.rollbackCount(changeLog, connection, 2);
        }
        assertThat(withoutLiquibasesTables(CatalogSnapshot.of(database))).isEqualTo(before);
    }

    /**
     * Liquibase's splitter cuts a dollar-quoted body at its semicolons; a changeset holding one is sent unsplit, and
     * PostgreSQL's driver, which knows dollar quotes, runs it.
     */
    @Test
    void aDollarQuotedBlockKeepsItsChangesetWhole(TestDatabase database) throws Exception {
        LiquibaseChangeLog changeLog = new LiquibaseChangeLog(resources, "db/changelog/db.changelog-master.yaml");
        List<ScriptStatement> guarded = List.of(CREATE_BOOK.get(0), statement("every title fits",
                "DO $retort$\nBEGIN\n  IF EXISTS (SELECT 1 FROM public.book WHERE length(title) > 100) THEN\n"
                        + "    RAISE EXCEPTION 'a title is too long; shorten it';\n  END IF;\nEND\n$retort$"));

        Revision written = new LiquibaseChangeLogWriter(changeLog, RevisionTemplates.liquibaseForProject(resources))
                .write(document("20261206133212", "guarded", guarded, DROP_BOOK));

        assertThat(Files.readString(written.file(), StandardCharsets.UTF_8))
                .contains("--changeset retort:20261206133212 splitStatements:false\n");
        try (Connection connection = database.connect()) {
            LiquibaseRunner.update(changeLog, connection);
            assertThat(database.queryColumn("SELECT to_regclass('public.book') IS NOT NULL")).containsExactly("t");
            LiquibaseRunner.rollbackCount(changeLog, connection, 1);
            assertThat(database.queryColumn("SELECT to_regclass('public.book') IS NULL")).containsExactly("t");
        }
    }

    @Test
    void anXmlMasterGetsAnIncludeAfterItsOwnInTheSameIndentation() throws Exception {
        Path master = resources.resolve("db/changelog/master.xml");
        Files.createDirectories(master.getParent());
        Files.writeString(master, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<databaseChangeLog\n"
                + "  xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
                + "  xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "  xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
                + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd\">\n"
                + "  <changeSet id=\"1\" author=\"dba\">\n    <sql>CREATE TABLE a (id int)</sql>\n"
                + "    <rollback>DROP TABLE a</rollback>\n  </changeSet>\n</databaseChangeLog>\n");
        LiquibaseChangeLog changeLog = new LiquibaseChangeLog(resources, "db/changelog/master.xml");

        new LiquibaseChangeLogWriter(changeLog, RevisionTemplates.liquibaseForProject(resources)).write(document("20261206133212", "add book", CREATE_BOOK, DROP_BOOK));

        assertThat(Files.readString(master, StandardCharsets.UTF_8)).endsWith("  </changeSet>\n"
                + "  <include file=\"20261206133212_add_book.sql\" relativeToChangelogFile=\"true\"/>\n"
                + "</databaseChangeLog>\n");
        assertThat(changeLog.graph().revisions()).extracting(Revision::id).containsExactly(
                "db/changelog/master.xml::1::dba", "db/changelog/20261206133212_add_book.sql::20261206133212::retort");
    }

    @Test
    void aYamlMasterGetsItsItemAtTheEndOfItsListBeforeTheNextKey() throws Exception {
        Path master = resources.resolve("db/changelog/db.changelog-master.yml");
        Files.createDirectories(master.getParent());
        Files.writeString(resources.resolve("db/changelog/001_init.sql"),
                "--liquibase formatted sql\n--changeset dev:1\nCREATE TABLE a (id int);\n--rollback DROP TABLE a;\n");
        Files.writeString(master, "databaseChangeLog:\n    - include:\n          file: db/changelog/001_init.sql\n\n");
        LiquibaseChangeLog changeLog = new LiquibaseChangeLog(resources, "db/changelog/db.changelog-master.yml");

        new LiquibaseChangeLogWriter(changeLog, RevisionTemplates.liquibaseForProject(resources)).write(document("20261206133212", "add book", CREATE_BOOK, DROP_BOOK));

        assertThat(Files.readString(master, StandardCharsets.UTF_8)).isEqualTo("databaseChangeLog:\n"
                + "    - include:\n          file: db/changelog/001_init.sql\n"
                + "    - include:\n        file: \"20261206133212_add_book.sql\"\n"
                + "        relativeToChangelogFile: true\n\n");
        assertThat(changeLog.graph().revisions()).extracting(Revision::id).containsExactly(
                "db/changelog/001_init.sql::1::dev",
                "db/changelog/20261206133212_add_book.sql::20261206133212::retort");
    }

    @Test
    void aFormattedSqlMasterIsRefusedAndNothingIsWritten() throws Exception {
        Path master = resources.resolve("db/changelog/db.changelog-master.sql");
        Files.createDirectories(master.getParent());
        Files.writeString(master, "--liquibase formatted sql\n");
        LiquibaseChangeLog changeLog = new LiquibaseChangeLog(resources, "db/changelog/db.changelog-master.sql");

        assertThatThrownBy(() -> new LiquibaseChangeLogWriter(changeLog, RevisionTemplates.liquibaseForProject(resources))
                .write(document("20261206133212", "add book", CREATE_BOOK, DROP_BOOK)))
                .isInstanceOf(RevisionFileException.class).hasMessageContaining("XML or YAML master");
        try (var files = Files.list(master.getParent())) {
            assertThat(files).containsExactly(master);
        }
    }

    /** A project's own template wins; one whose changelog Liquibase reads otherwise leaves nothing behind. */
    @Test
    void aProjectTemplateThatLosesTheRollbackIsRefusedAndNothingIsWritten(@TempDir Path project) throws Exception {
        Path template = project.resolve(RevisionTemplates.LIQUIBASE_TEMPLATE_FILE);
        Files.writeString(template, "--liquibase formatted sql\n<#list changeSets as c>\n--changeset ${author}:${c.id}\n"
                + "<#list c.statements as s>\n${s.sql};\n</#list>\n</#list>\n");
        LiquibaseChangeLog changeLog = new LiquibaseChangeLog(resources, "db/changelog/db.changelog-master.yaml");

        assertThatThrownBy(() -> new LiquibaseChangeLogWriter(changeLog, RevisionTemplates.liquibaseForProject(project))
                .write(document("20261206133212", "add book", CREATE_BOOK, DROP_BOOK)))
                .isInstanceOf(RevisionFileException.class).hasMessageContaining("the template " + template)
                .hasMessageContaining("Liquibase does not read the rollback for undo: table public.book is missing");
        try (var files = Files.list(resources.resolve("db/changelog"))) {
            assertThat(files).as("neither the changelog nor a master").isEmpty();
        }
    }

    @Test
    void anEmptyRevisionIsRefusedForLiquibaseReadsNoChangesetWithoutSql() {
        LiquibaseChangeLog changeLog = new LiquibaseChangeLog(resources, "db/changelog/db.changelog-master.yaml");

        assertThatThrownBy(() -> new LiquibaseChangeLogWriter(changeLog, RevisionTemplates.liquibaseForProject(resources))
                .write(document("20261206133212", "by hand", List.of(), List.of())))
                .isInstanceOf(RevisionFileException.class).hasMessageContaining("Liquibase reads no changeset without SQL");
        assertThat(resources.resolve("db")).doesNotExist();
    }

    /** The catalog less Liquibase's two tables, which an update leaves behind and a rollback keeps. */
    private static List<String> withoutLiquibasesTables(List<String> catalog) {
        return catalog.stream().filter(line -> !line.contains("databasechangelog")).toList();
    }
}
