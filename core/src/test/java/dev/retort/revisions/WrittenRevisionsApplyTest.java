package dev.retort.revisions;

import dev.retort.dialect.postgresql.PostgresDestructiveness;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.QualifiedName;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.RevisionTemplates;
import dev.retort.templates.ScriptStatement;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the built-in template writes, retort reads back and PostgreSQL runs, both ways, merge included. */
@ExtendWith(PostgresExtension.class)
class WrittenRevisionsApplyTest {

    @TempDir
    Path versions;

    @Test
    void revisionsWrittenThroughTheBuiltInTemplateUpgradeAndDowngradeThroughAMerge(TestDatabase database)
            throws Exception {
        RevisionWriter writer = new RevisionWriter(versions, RevisionTemplates.builtIn());
        writer.write(document("a00000000001", List.of(), 1, "CREATE TABLE customer (\n    id bigint PRIMARY KEY\n)",
                "DROP TABLE customer"));
        writer.write(document("b00000000001", List.of("a00000000001"), 2,
                "ALTER TABLE customer ADD COLUMN name text DEFAULT 'n/a; none'",
                "ALTER TABLE customer DROP COLUMN name"));
        writer.write(document("b00000000002", List.of("a00000000001"), 3,
                "CREATE INDEX customer_id_desc ON customer (id DESC)", "DROP INDEX customer_id_desc"));
        writer.write(document("c00000000001", List.of("b00000000001", "b00000000002"), 4,
                "COMMENT ON TABLE customer IS 'merged'", "COMMENT ON TABLE customer IS NULL"));
        RevisionGraph graph = RevisionDirectory.loadGraph(versions);
        VersionTable versionTable = VersionTable.standard();
        ScriptRunner runner = new ScriptRunner(versionTable, new AppliedBy("tester", "test"));

        try (Connection connection = database.connect()) {
            versionTable.ensureExists(connection);
            for (Revision revision : graph.upgradePath(versionTable.applied(connection), "head")) {
                runner.upgrade(connection, revision);
            }
            assertThat(graph.current(versionTable.applied(connection))).containsExactly("c00000000001");
            assertThat(database.queryColumn("select obj_description('customer'::regclass) || ' ' || "
                    + "(select count(*) from pg_indexes where tablename = 'customer') || ' ' || "
                    + "(select column_default from information_schema.columns "
                    + "where table_name = 'customer' and column_name = 'name')"))
                    .containsExactly("merged 2 'n/a; none'::text");

            for (Revision revision : graph.downgradePath(versionTable.applied(connection), "b00000000001")) {
                runner.downgrade(connection, revision);
            }
            assertThat(versionTable.applied(connection)).containsExactlyInAnyOrder("a00000000001", "b00000000001");
            assertThat(database.queryColumn("select count(*) from pg_indexes where tablename = 'customer'"))
                    .containsExactly("1");

            for (Revision revision : graph.downgradePath(versionTable.applied(connection), "base")) {
                runner.downgrade(connection, revision);
            }
            assertThat(versionTable.applied(connection)).isEmpty();
        }
        assertThat(database.queryColumn("select to_regclass('customer')")).containsExactly((String) null);
    }

    /**
     * The guard before a narrowing is a DO block with a dollar-quoted body full of semicolons: it reads back as one
     * statement, unmarked, before the marked type change, and fails the revision naming the column and its line.
     */
    @Test
    void aNarrowingGuardReadsBackAsOneStatementAndFailsTheRevisionNamingTheColumn(TestDatabase database)
            throws Exception {
        AlterColumn narrowing = new AlterColumn(QualifiedName.of("public", "customer"),
                new Column("name", ColumnType.of("character varying(300)"), true, null, Identity.NONE, null),
                new Column("name", ColumnType.of("character varying(5)"), true, null, Identity.NONE, null));
        List<PostgresDestructiveness.Statement> rendered = PostgresDestructiveness.statements(narrowing);
        Revision revision = new RevisionWriter(versions, RevisionTemplates.builtIn()).write(new RevisionDocument(
                "d00000000001", List.of(), "narrow", Instant.parse("2026-11-23T10:00:00Z"), statements(narrowing),
                statements(narrowing.reverse()), List.of(), "test"));

        assertThat(revision.upgrade().statements()).extracting(SqlStatement::sql)
                .containsExactlyElementsOf(rendered.stream().map(PostgresDestructiveness.Statement::sql).toList());
        assertThat(revision.upgrade().statements()).extracting(SqlStatement::destructive).containsExactly(false, true);
        assertThat(revision.downgrade().statements()).singleElement()
                .satisfies(widening -> assertThat(widening.destructive()).isFalse());
        int guardLine = Files.readAllLines(revision.file()).indexOf("DO $retort$") + 1;
        assertThat(revision.upgrade().statements().get(0).line()).isEqualTo(guardLine);

        database.execute("CREATE TABLE customer (id bigint PRIMARY KEY, name character varying(300))",
                "INSERT INTO customer VALUES (1, 'fits'), (2, 'too long')");
        VersionTable versionTable = VersionTable.standard();
        ScriptRunner runner = new ScriptRunner(versionTable, new AppliedBy("tester", "test"));
        try (Connection connection = database.connect()) {
            versionTable.ensureExists(connection);
            assertThatThrownBy(() -> runner.upgrade(connection, revision)).isInstanceOf(ScriptFailedException.class)
                    .hasMessage(revision.file() + ":" + guardLine + ": ERROR: retort: column public.customer.name: "
                            + "1 row(s) would change converting character varying(300) to character varying(5) "
                            + "HINT: change or delete those rows first, or delete this DO block from the revision "
                            + "to accept the change");
            assertThat(versionTable.applied(connection)).isEmpty();

            database.execute("DELETE FROM customer WHERE id = 2");
            runner.upgrade(connection, revision);
            assertThat(versionTable.applied(connection)).containsExactly("d00000000001");
        }
        assertThat(database.queryColumn("SELECT format_type(atttypid, atttypmod) || ' ' || (SELECT name FROM "
                + "customer) FROM pg_attribute WHERE attrelid = 'customer'::regclass AND attname = 'name'"))
                .containsExactly("character varying(5) fits");
    }

    private static List<ScriptStatement> statements(Operation operation) {
        return PostgresDestructiveness.statements(operation).stream()
                .map(statement -> new ScriptStatement("narrow", statement.sql(), statement.destructive())).toList();
    }

    private static RevisionDocument document(String id, List<String> parents, int minute, String up, String down) {
        return new RevisionDocument(id, parents, "step " + id, Instant.parse("2026-11-23T10:00:00Z").plusSeconds(
                60L * minute), List.of(new ScriptStatement("step " + id, up, false)),
                List.of(new ScriptStatement("step " + id, down, true)), List.of(), "test");
    }
}
