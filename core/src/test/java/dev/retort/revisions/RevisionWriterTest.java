package dev.retort.revisions;

import dev.retort.templates.ReportedFinding;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.RevisionTemplates;
import dev.retort.templates.ScriptStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionWriterTest {

    @TempDir
    Path project;

    @Test
    void newIdsAreTwelveLowercaseHexCharactersAndDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RevisionWriter.newRevisionId();
            assertThat(id).matches("[0-9a-f]{12}");
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void theSlugIsTheMessageInLowerCaseWordsOfAtMostFortyCharacters() {
        assertThat(RevisionWriter.slug("Add orders")).isEqualTo("add_orders");
        assertThat(RevisionWriter.slug("  Add: customer.e-mail (unique)!  ")).isEqualTo("add_customer_e_mail_unique");
        assertThat(RevisionWriter.slug("Prénom")).isEqualTo("pr_nom");
        assertThat(RevisionWriter.slug("a".repeat(39) + " bcd")).isEqualTo("a".repeat(39));
        assertThat(RevisionWriter.slug("x".repeat(60))).hasSize(40);
        assertThat(RevisionWriter.fileName("3f2a9c1b7e4d", "add orders")).isEqualTo("3f2a9c1b7e4d_add_orders.sql");
        assertThat(RevisionWriter.fileName("3f2a9c1b7e4d", "!!!")).isEqualTo("3f2a9c1b7e4d.sql");
    }

    @Test
    void aWrittenRevisionReadsBackAsWhatWasWritten() throws Exception {
        RevisionWriter writer = new RevisionWriter(project.resolve("versions"), RevisionTemplates.builtIn());

        Revision written = writer.write(document());

        Path file = project.resolve("versions").resolve("3f2a9c1b7e4d_add_orders.sql");
        assertThat(written.file()).isEqualTo(file);
        assertThat(RevisionFile.read(file)).isEqualTo(written);
        assertThat(written.parents()).containsExactly("1a2b3c4d5e6f");
        assertThat(written.message()).isEqualTo("add orders");
        assertThat(written.created()).isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
        assertThat(written.upgrade().statements()).extracting(SqlStatement::sql).containsExactly(
                "CREATE TABLE orders (\n    id bigint PRIMARY KEY,\n    note text DEFAULT 'a;b'\n)",
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ select 1; $$");
        assertThat(written.downgrade().statements()).extracting(SqlStatement::sql)
                .containsExactly("DROP FUNCTION f()", "DROP TABLE orders");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        RevisionWriter writer = new RevisionWriter(project, RevisionTemplates.builtIn());
        Path file = project.resolve("3f2a9c1b7e4d_add_orders.sql");
        Files.writeString(file, "mine");

        assertThatThrownBy(() -> writer.write(document())).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void aProjectTemplateThatDropsAHeaderLineIsReportedAndNothingIsWritten() throws Exception {
        Path templates = project.resolve("templates");
        RevisionTemplates.copyBuiltInTo(templates);
        Path template = templates.resolve(RevisionTemplates.TEMPLATE_FILE);
        Files.writeString(template, Files.readString(template).replaceAll("(?m)^-- retort:parents.*\\n", ""));
        RevisionWriter writer =
                new RevisionWriter(project.resolve("versions"), RevisionTemplates.forProject(templates));

        assertThatThrownBy(() -> writer.write(document()))
                .isInstanceOf(RevisionFileException.class)
                .hasMessage(project.resolve("versions").resolve("3f2a9c1b7e4d_add_orders.sql") + ": not written: the "
                        + "template " + template + " renders a revision retort cannot read back: line 1: missing "
                        + "'-- retort:parents' header");
        assertThat(project.resolve("versions")).doesNotExist();
    }

    @Test
    void aProjectTemplateThatLosesStatementsIsReported() throws Exception {
        Path templates = project.resolve("templates");
        RevisionTemplates.copyBuiltInTo(templates);
        Path template = templates.resolve(RevisionTemplates.TEMPLATE_FILE);
        Files.writeString(template, Files.readString(template).replace("<@statements downgrade/>", ""));
        RevisionWriter writer = new RevisionWriter(project, RevisionTemplates.forProject(templates));

        assertThatThrownBy(() -> writer.write(document()))
                .isInstanceOf(RevisionFileException.class)
                .hasMessageEndingWith("renders a revision retort cannot read back: its downgrade section lacks the "
                        + "statement for function f (or splits it differently: one statement per entry, please)");
    }

    /** A project's copy of an older template writes no block markers: a CREATE INDEX CONCURRENTLY would fail later. */
    @Test
    void aProjectTemplateThatRunsANoTransactionStatementInTheTransactionIsReported() throws Exception {
        Path templates = project.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve(RevisionTemplates.TEMPLATE_FILE), """
                -- retort:revision ${revisionId}
                -- retort:parents<#list parentIds as parent> ${parent}</#list>
                -- retort:message ${message}
                -- retort:created ${createdAt}
                -- retort:upgrade
                <#list upgrade as s>
                ${s.sql};
                </#list>
                -- retort:downgrade
                <#list downgrade as s>
                ${s.sql};
                </#list>
                """);
        RevisionWriter writer = new RevisionWriter(project, RevisionTemplates.forProject(templates));
        RevisionDocument concurrent = new RevisionDocument("3f2a9c1b7e4e", List.of(), "index", Instant.now(),
                List.of(new ScriptStatement("index i", "CREATE INDEX CONCURRENTLY i ON t (c)", false, false)),
                List.of(new ScriptStatement("undo: index i", "DROP INDEX CONCURRENTLY i", false, false)), List.of(),
                "test");

        assertThatThrownBy(() -> writer.write(concurrent))
                .isInstanceOf(RevisionFileException.class)
                .hasMessageEndingWith("its upgrade section runs the statement for index i inside the transaction,"
                        + " which it must not (CREATE INDEX CONCURRENTLY i ON t (c)): write the statements whose"
                        + " 'transactional' is false between '-- retort:no-transaction' and '-- retort:transaction',"
                        + " as the built-in template does, or set migration.lock_aware=none");
        assertThat(new RevisionWriter(project, RevisionTemplates.builtIn()).write(concurrent).upgrade().statements())
                .singleElement().satisfies(statement -> assertThat(statement.transactional()).isFalse());
    }

    @Test
    void aProjectTemplateMayAddStatementsOfItsOwn() throws Exception {
        Path templates = project.resolve("templates");
        RevisionTemplates.copyBuiltInTo(templates);
        Path template = templates.resolve(RevisionTemplates.TEMPLATE_FILE);
        Files.writeString(template, Files.readString(template)
                .replace("-- retort:upgrade\n", "-- retort:upgrade\nSET LOCAL lock_timeout = '5s';\n"));
        RevisionWriter writer = new RevisionWriter(project, RevisionTemplates.forProject(templates));

        assertThat(writer.write(document()).upgrade().statements()).extracting(SqlStatement::sql)
                .startsWith("SET LOCAL lock_timeout = '5s'").hasSize(3);
    }

    static RevisionDocument document() {
        return new RevisionDocument("3f2a9c1b7e4d", List.of("1a2b3c4d5e6f"), "add orders",
                Instant.parse("2026-11-23T10:15:30.5Z"),
                List.of(new ScriptStatement("entity Order", """
                                CREATE TABLE orders (
                                    id bigint PRIMARY KEY,
                                    note text DEFAULT 'a;b'
                                )""", false),
                        new ScriptStatement("function f",
                                "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ select 1; $$", false)),
                List.of(new ScriptStatement("function f", "DROP FUNCTION f()", true),
                        new ScriptStatement("entity Order", "DROP TABLE orders", true)),
                List.of(new ReportedFinding("public.legacy", "not mapped")), "test");
    }
}
