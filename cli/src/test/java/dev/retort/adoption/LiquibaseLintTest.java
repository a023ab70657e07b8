package dev.retort.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliResult;
import dev.retort.cli.ExitCode;
import dev.retort.cli.TestProject;
import dev.retort.sample.shop.Customer;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Liquibase project is linted as the SQL Liquibase runs for its changesets, XML's {@code dropColumn} included: the
 * changesets DATABASECHANGELOG does not record are pending, each finding at its changeset's line.
 */
@ExtendWith(PostgresExtension.class)
class LiquibaseLintTest {

    private static final String RESOURCES = "src/main/resources";
    private static final String MASTER = "db/changelog/db.changelog-master.yaml";

    @Test
    void anXmlChangesetNotAppliedIsLintedAsTheSqlLiquibaseRunsForIt(TestDatabase database, @TempDir Path dir)
            throws Exception {
        Path changelogs = Files.createDirectories(dir.resolve(RESOURCES).resolve("db/changelog"));
        Files.writeString(changelogs.resolve("db.changelog-master.yaml"),
                "databaseChangeLog:\n  - include:\n      file: db/changelog/001_hand.sql\n");
        Files.writeString(changelogs.resolve("001_hand.sql"), "--liquibase formatted sql\n--changeset dev:1\n"
                + "CREATE TABLE public.note (id bigint PRIMARY KEY, body text);\n");
        TestProject project = TestProject.init(dir, database,
                Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                "dev.retort.sample.shop");
        project.setProperty("script.format", "liquibase");
        project.setProperty("script.location", RESOURCES);
        new LiquibaseRuns(dir.resolve(RESOURCES), MASTER).update(database);
        Files.writeString(changelogs.resolve("db.changelog-master.yaml"), "databaseChangeLog:\n"
                + "  - include:\n      file: db/changelog/001_hand.sql\n"
                + "  - include:\n      file: db/changelog/002_no_body.xml\n");
        Path dropBody = Files.writeString(changelogs.resolve("002_no_body.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog
                    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                    <changeSet id="2" author="dev">
                        <dropColumn tableName="note" columnName="body"/>
                    </changeSet>
                </databaseChangeLog>
                """);

        CliResult pending = project.run("lint");
        CliResult named = project.run("lint", dropBody.toString());

        assertThat(pending.exitCode()).as("%s", pending).isEqualTo(ExitCode.LINT);
        assertThat(pending.out().lines()).anySatisfy(line -> assertThat(line)
                .startsWith(dropBody + ":6: data-loss: drops column public.note.body (public.note ~0 rows, "));
        assertThat(pending.out()).contains("Lint: ").contains(" in 1 revision (");
        assertThat(named.out()).isEqualTo(pending.out());
    }
}
