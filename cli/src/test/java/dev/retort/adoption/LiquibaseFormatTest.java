package dev.retort.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliResult;
import dev.retort.cli.EntityCompiler;
import dev.retort.cli.ExitCode;
import dev.retort.cli.TestProject;
import dev.retort.sample.shop.Customer;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code script.format=liquibase}: retort writes formatted SQL changelogs and includes them from the master changelog;
 * Liquibase itself (the real library, as the application runs it) applies them and rolls them back; after each update
 * {@code retort check} is clean, replaying the master changelog through Liquibase; after each rollback, by Liquibase's
 * {@code rollback-count} or by {@code retort downgrade}, the catalog is exactly what it was.
 */
@ExtendWith(PostgresExtension.class)
class LiquibaseFormatTest {

    private static final String RESOURCES = "src/main/resources";
    private static final int EVOLVING_VERSIONS = 5;

    @Test
    void theSampleShopIsWrittenAppliedByLiquibaseAndRolledBackToTheEmptyCatalog(TestDatabase database,
                                                                                 @TempDir Path dir) {
        List<String> empty = CatalogSnapshot.of(database);
        TestProject project = liquibaseProject(dir, database, codeSource(Customer.class),
                "dev.retort.sample.shop");
        project.setProperty("history.database", "embedded");
        LiquibaseRuns liquibase = new LiquibaseRuns(dir.resolve(RESOURCES), "db/changelog/db.changelog-master.yaml");

        CliResult written = project.ok("revision", "--autogenerate", "-m", "create the shop");

        Path master = dir.resolve(RESOURCES).resolve("db/changelog/db.changelog-master.yaml");
        assertThat(written.out()).contains("Included from " + master);
        Path changeLog = onlyChangeLog(dir);
        assertThat(LiquibaseRuns.read(changeLog)).startsWith("--liquibase formatted sql\n").contains("--changeset retort:")
                .contains("--comment: create the shop").contains("\n--rollback DROP TABLE public.customer");
        assertThat(LiquibaseRuns.read(master)).contains("file: \"" + changeLog.getFileName() + "\"");
        CliResult behind = project.run("check");
        assertThat(behind.exitCode()).as("behind the new changeset").isEqualTo(ExitCode.NOT_UP_TO_DATE);
        assertThat(behind.err()).contains("run `liquibase update` (or start the application) first");
        CliResult upgrade = project.run("upgrade");
        assertThat(upgrade.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(upgrade.errLines()).singleElement().asString()
                .startsWith("retort upgrade: this project's migrations are run by Liquibase").contains("liquibase update");
        CliResult stamp = project.run("stamp", "head");
        assertThat(stamp.errLines()).singleElement().asString().contains("liquibase changelog-sync");
        CliResult baseline = project.run("baseline", "-m", "adopt");
        assertThat(baseline.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(baseline.errLines()).singleElement().asString().contains("liquibase changelog-sync");

        liquibase.update(database);
        List<String> atHead = CatalogSnapshot.of(database);
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        assertThat(check.allOutput()).as("Liquibase's own output stays out").doesNotContain("UPDATE SUMMARY")
                .doesNotContain("Running Changeset").doesNotContain("liquibase.");
        assertThat(project.ok("revision", "--autogenerate", "-m", "nothing left").out()).contains("No changes");
        String changeSet = "db/changelog/" + changeLog.getFileName() + "::" + changeLog.getFileName().toString()
                .substring(0, 14) + "::retort";
        assertThat(project.ok("current").out()).contains(changeSet);
        assertThat(project.ok("--verbose", "history").out()).contains(changeSet).contains("create the shop")
                .contains("by Liquibase (DATABASECHANGELOG records no user)");

        project.ok("downgrade", "base");
        assertThat(withoutLiquibasesTables(CatalogSnapshot.of(database))).isEqualTo(empty);
        assertThat(database.queryColumn("SELECT count(*) FROM databasechangelog")).containsExactly("0");

        liquibase.update(database);
        assertThat(CatalogSnapshot.of(database)).as("Liquibase applies it again").isEqualTo(atHead);
        liquibase.rollbackCount(database, 1);
        assertThat(withoutLiquibasesTables(CatalogSnapshot.of(database))).isEqualTo(empty);
    }

    /** Without a database, the master changelog replayed by Liquibase into the embedded PostgreSQL is the database. */
    @Test
    void withoutADatabaseTheEmbeddedPostgresHasTheChangelogsLiquibaseReplayed(TestDatabase database,
                                                                              @TempDir Path dir) {
        TestProject project = liquibaseProject(dir, database, codeSource(Customer.class), "dev.retort.sample.shop");
        project.setProperty("database.url", "");
        project.ok("revision", "--autogenerate", "-m", "create the shop");

        CliResult again = project.ok("revision", "--autogenerate", "-m", "again");
        CliResult merge = project.run("merge", "-m", "join", "a", "b");
        CliResult empty = project.run("revision", "-m", "by hand");

        assertThat(again.out()).as("the embedded database is at the changelog Liquibase replayed")
                .contains("No changes");
        assertThat(changeLogs(dir)).hasSize(1);
        assertThat(merge.exitCode()).isNotZero();
        assertThat(merge.errLines()).singleElement().asString().contains("Liquibase's changesets are a line");
        assertThat(empty.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(empty.errLines()).singleElement().asString().contains("Liquibase reads no changeset without SQL");
    }

    /** A hand-written changeset of SQL without --rollback lines stops a downgrade before Liquibase runs anything. */
    @Test
    void aChangesetWithoutRollbackStopsTheDowngradeBeforeAnythingRuns(TestDatabase database, @TempDir Path dir)
            throws IOException {
        Path changelogs = dir.resolve(RESOURCES).resolve("db/changelog");
        Files.createDirectories(changelogs);
        Files.writeString(changelogs.resolve("db.changelog-master.yaml"),
                "databaseChangeLog:\n  - include:\n      file: db/changelog/001_hand.sql\n");
        Files.writeString(changelogs.resolve("001_hand.sql"), "--liquibase formatted sql\n--changeset dev:1\n"
                + "CREATE TABLE public.note (id bigint PRIMARY KEY);\n");
        TestProject project = liquibaseProject(dir, database, codeSource(Customer.class), "dev.retort.sample.shop");
        new LiquibaseRuns(dir.resolve(RESOURCES), "db/changelog/db.changelog-master.yaml").update(database);
        List<String> applied = CatalogSnapshot.of(database);

        CliResult downgrade = project.run("downgrade", "base");

        assertThat(downgrade.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(downgrade.errLines()).singleElement().asString()
                .contains("changeset db/changelog/001_hand.sql::1::dev")
                .contains("has SQL but no --rollback lines: write them, then downgrade; nothing was rolled back");
        assertThat(CatalogSnapshot.of(database)).isEqualTo(applied);
    }

    /**
     * The evolving model's five versions (a second schema, reserved words, widened and narrowed types, enums gaining
     * values, an entity removed), each a changelog that Liquibase applies with check clean after it; then back down
     * to base, by Liquibase's rollback-count and retort downgrade in turn, each step restoring the catalog exactly.
     */
    @Test
    void fiveVersionsGoUpThroughLiquibaseAndComeDownToTheExactCatalogs(TestDatabase database, @TempDir Path dir,
                                                                       @TempDir Path compiled) {
        List<String> base = CatalogSnapshot.of(database);
        List<Path> versions = new ArrayList<>();
        for (int v = 1; v <= EVOLVING_VERSIONS; v++) {
            versions.add(EntityCompiler.compileFolder("/dev/retort/adoption/evolving/v" + v, compiled.resolve("v" + v)));
        }
        TestProject project = liquibaseProject(dir, database, versions.get(0), "dev.retort.adoption.evolving");
        LiquibaseRuns liquibase = new LiquibaseRuns(dir.resolve(RESOURCES), "db/changelog/db.changelog-master.yaml");
        List<List<String>> catalogs = new ArrayList<>();
        for (int v = 1; v <= EVOLVING_VERSIONS; v++) {
            project.useEntities(versions.get(v - 1));
            project.ok("revision", "--autogenerate", "-m", "version " + v);
            liquibase.update(database);
            CliResult check = project.run("check");
            assertThat(check.exitCode()).as("check after Liquibase applied version %s\n%s", v, check).isZero();
            catalogs.add(CatalogSnapshot.of(database));
        }
        assertThat(changeLogs(dir)).hasSize(EVOLVING_VERSIONS);

        for (int v = EVOLVING_VERSIONS; v >= 1; v--) {
            int changeSets = changeSetsIn(changeLogs(dir).get(v - 1));
            if (v % 2 == 1) {
                project.ok("downgrade", "-" + changeSets);
            } else {
                liquibase.rollbackCount(database, changeSets);
            }
            List<String> expected = v == 1 ? base : catalogs.get(v - 2);
            assertThat(withoutLiquibasesTables(CatalogSnapshot.of(database)))
                    .as("the catalog after rolling back version %s", v).isEqualTo(withoutLiquibasesTables(expected));
        }
        assertThat(database.queryColumn("SELECT count(*) FROM databasechangelog")).containsExactly("0");
    }

    /**
     * A blog whose hand-written XML changelog (five files, seed rows from CSV) Liquibase applied: the entities require
     * more, retort writes it as a changelog included from master.xml after the blog's own, and the round trip holds.
     */
    @Test
    void aHandWrittenXmlChangelogGetsTheNextChangelogIncludedAfterItsOwn(TestDatabase database, @TempDir Path dir,
                                                                         @TempDir Path compiled) {
        LiquibaseRuns.copyChangeLogFixture("/dev/retort/adoption/liquibase",
                dir.resolve(RESOURCES).resolve("db/changelog"));
        Path entities = EntityCompiler.compileFolder("/dev/retort/adoption/liquibase/entities", compiled);
        TestProject project = liquibaseProject(dir, database, entities, "dev.retort.adoption.blog");
        project.setProperty("liquibase.change-log", "classpath:/db/changelog/master.xml");
        project.setProperty("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        project.setProperty("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP");
        LiquibaseRuns liquibase = new LiquibaseRuns(dir.resolve(RESOURCES), "db/changelog/master.xml");
        liquibase.update(database);
        List<String> handWritten = CatalogSnapshot.of(database);
        CliResult before = project.run("check");
        assertThat(before.exitCode()).as("the entities require more: %s", before).isEqualTo(ExitCode.DRIFT);

        project.ok("revision", "--autogenerate", "-m", "what the entities require");

        Path changeLog = onlyChangeLog(dir);
        assertThat(LiquibaseRuns.read(dir.resolve(RESOURCES).resolve("db/changelog/master.xml"))).contains(
                "    <include file=\"changelog/005_post_rules.xml\" relativeToChangelogFile=\"true\"/>\n"
                        + "    <include file=\"" + changeLog.getFileName() + "\" relativeToChangelogFile=\"true\"/>\n"
                        + "</databaseChangeLog>");
        assertThat(LiquibaseRuns.read(changeLog)).contains("CREATE TABLE public.post_comment (");
        liquibase.update(database);
        CliResult after = project.run("check");
        assertThat(after.exitCode()).as("%s", after).isEqualTo(ExitCode.OK);
        List<String> required = CatalogSnapshot.of(database);

        project.ok("downgrade", "-" + changeSetsIn(changeLog));
        assertThat(CatalogSnapshot.of(database)).isEqualTo(handWritten);
        liquibase.update(database);
        assertThat(CatalogSnapshot.of(database)).isEqualTo(required);
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
    }

    private static TestProject liquibaseProject(Path dir, TestDatabase database, Path classes, String packages) {
        TestProject project = TestProject.init(dir, database, classes, packages);
        project.setProperty("script.format", "liquibase");
        project.setProperty("script.location", RESOURCES);
        project.setProperty("history.database", database.url());
        return project;
    }

    /** The catalog less Liquibase's two tables, which the first update creates and no rollback removes. */
    private static List<String> withoutLiquibasesTables(List<String> catalog) {
        return catalog.stream().filter(line -> !line.contains("databasechangelog")).toList();
    }

    private static Path onlyChangeLog(Path dir) {
        List<Path> written = changeLogs(dir);
        assertThat(written).hasSize(1);
        return written.get(0);
    }

    /**
     * How many changesets a changelog retort wrote holds: one, or, for a change of a table with rows, one run in a
     * transaction and one outside it.
     */
    private static int changeSetsIn(Path changeLog) {
        return LiquibaseRuns.read(changeLog).split("\n--changeset ", -1).length - 1;
    }

    /** The changelogs retort wrote: {@code <yyyyMMddHHmmss>_<slug>.sql} beside the master. */
    private static List<Path> changeLogs(Path dir) {
        return LiquibaseRuns.changeLogsIn(dir.resolve(RESOURCES).resolve("db/changelog"));
    }

    /** Where the compiled sample entities are: the sample-entities module's classes. */
    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
