package dev.retort.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.revisions.SqlStatement;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An XML changelog's changesets read as revisions whose statements are the SQL Liquibase runs for them on
 * PostgreSQL: applied by hand to one database, they build the catalog Liquibase's own update builds in another, and
 * their generated rollbacks bring the catalog back; each statement points at its changeset's line.
 */
@ExtendWith(PostgresExtension.class)
class ChangeSetSqlTest {

    private static final String MASTER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.9.xsd">
                <changeSet id="1" author="dev">
                    <createTable tableName="person">
                        <column name="id" type="bigint"><constraints primaryKey="true" nullable="false"/></column>
                        <column name="name" type="varchar(50)"/>
                    </createTable>
                </changeSet>
                <changeSet id="2" author="dev">
                    <addColumn tableName="person"><column name="email" type="varchar(100)"/></addColumn>
                    <createIndex indexName="idx_person_email" tableName="person"><column name="email"/></createIndex>
                </changeSet>
                <changeSet id="3" author="dev">
                    <addNotNullConstraint tableName="person" columnName="name" columnDataType="varchar(50)"/>
                </changeSet>
                <changeSet id="4" author="dev">
                    <dropColumn tableName="person" columnName="email"/>
                </changeSet>
            </databaseChangeLog>
            """;

    @TempDir
    Path resources;

    private List<Revision> revisions() throws Exception {
        Files.writeString(resources.resolve("master.xml"), MASTER);
        return new LiquibaseChangeLog(resources, "master.xml").graph().revisions();
    }

    @Test
    void theStatementsOfXmlChangesBuildWhatLiquibaseBuilds(TestDatabase byLiquibase, TestDatabase byHand)
            throws Exception {
        List<Revision> revisions = revisions();
        try (Connection connection = byLiquibase.connect()) {
            LiquibaseRunner.update(new LiquibaseChangeLog(resources, "master.xml"), connection);
        }
        revisions.forEach(revision -> run(byHand, revision.upgrade().statements()));

        assertThat(withoutLiquibaseTables(CatalogSnapshot.of(byHand)))
                .isEqualTo(withoutLiquibaseTables(CatalogSnapshot.of(byLiquibase)))
                .anyMatch(line -> line.contains("idx_person_email") || line.contains("person"));
        assertThat(sql(revisions.get(2))).singleElement().asString().contains("SET NOT NULL");
    }

    @Test
    void generatedRollbacksUndoTheirChangesetsAndAChangeWithoutAnInverseHasNone(TestDatabase database)
            throws Exception {
        List<Revision> revisions = revisions();
        List<String> empty = CatalogSnapshot.of(database);
        for (Revision revision : revisions.subList(0, 3)) {
            run(database, revision.upgrade().statements());
        }
        for (Revision revision : List.of(revisions.get(2), revisions.get(1), revisions.get(0))) {
            run(database, revision.downgrade().statements());
        }

        assertThat(CatalogSnapshot.of(database)).isEqualTo(empty);
        assertThat(revisions.get(3).upgrade().statements()).isNotEmpty();
        assertThat(revisions.get(3).downgrade().statements()).isEmpty();
    }

    @Test
    void eachStatementIsAtItsChangesetsLine() throws Exception {
        List<Revision> revisions = revisions();
        List<String> lines = MASTER.lines().toList();

        for (Revision revision : revisions) {
            String id = revision.id().split("::")[1];
            for (SqlStatement statement : revision.upgrade().statements()) {
                assertThat(lines.get(statement.line() - 1)).contains("<changeSet id=\"" + id + "\"");
            }
        }
    }

    private static List<String> sql(Revision revision) {
        return revision.upgrade().statements().stream().map(SqlStatement::sql).toList();
    }

    private static List<String> withoutLiquibaseTables(List<String> catalog) {
        return catalog.stream().filter(line -> !line.contains("databasechangelog")).toList();
    }

    private static void run(TestDatabase database, List<SqlStatement> statements) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (SqlStatement one : statements) {
                statement.execute(one.sql());
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
