package dev.retort.cli;

import static dev.retort.cli.Failures.assertOneLineError;
import static dev.retort.cli.Failures.assertOneLineErrorUnderTheLock;
import static dev.retort.cli.RevisionCommandsTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFile;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two pull requests add revisions on the same parent: check fails with the multiple-heads code and names the merge
 * to write; after the merge, upgrade head applies both branches in dependency order, and a downgrade goes back
 * through the merge.
 */
@ExtendWith(PostgresExtension.class)
class BranchAndMergeTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    private static final Path library = EntityCompiler.library();

    @Test
    void branchesFailCheckUntilMergedThenUpgradeAndDowngradeGoThroughTheMerge(TestDatabase database,
                                                                             @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.setProperty("retort.ignore", "shelf*");
        Revision base = project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        List<String> atBase = CatalogSnapshot.of(database);
        Path versions = project.versions();
        // Left: shelves, then a column on them. Right: labels, then a key from labels to books.
        Revision left1 = HandRevisions.write(versions, "left1", List.of(base.id()), 1, "shelves",
                "CREATE TABLE public.shelf (id integer PRIMARY KEY)", "DROP TABLE public.shelf");
        Revision right1 = HandRevisions.write(versions, "right1", List.of(base.id()), 2, "labels",
                "CREATE TABLE public.shelf_label (id integer PRIMARY KEY, book_id bigint)",
                "DROP TABLE public.shelf_label");
        Revision left2 = HandRevisions.write(versions, "left2", List.of(left1.id()), 3, "shelf rows",
                "ALTER TABLE public.shelf ADD COLUMN rows integer", "ALTER TABLE public.shelf DROP COLUMN rows");
        Revision right2 = HandRevisions.write(versions, "right2", List.of(right1.id()), 4, "label key",
                "ALTER TABLE public.shelf_label ADD CONSTRAINT shelf_label_book FOREIGN KEY (book_id) "
                        + "REFERENCES public.book (id)",
                "ALTER TABLE public.shelf_label DROP CONSTRAINT shelf_label_book");

        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.MULTIPLE_HEADS);
        assertThat(check.out()).isEmpty();
        assertThat(check.errLines()).containsExactly("retort check: the revisions have 2 heads, "
                + Revision.describe(List.of(left2, right2)) + ": parallel branches that 'upgrade head' cannot "
                + "choose between; join them with `retort merge -m \"merge heads\" left2 right2`");
        Map<?, ?> json = (Map<?, ?>) JsonReader.read(project.run("check", "--format", "json").out());
        assertThat(json.get("status")).isEqualTo("multiple-heads");
        assertThat(json.get("heads")).isEqualTo(List.of("left2", "right2"));
        assertThat(json.get("applied")).isEqualTo(List.of(base.id()));
        assertThat(((List<?>) json.get("problems"))).singleElement().satisfies(problem ->
                assertThat(((Map<?, ?>) problem).get("revisions")).isEqualTo(List.of("left2", "right2")));
        assertOneLineError(project.run("upgrade", "head"), ExitCode.MULTIPLE_HEADS, "upgrade", "several heads",
                "retort merge");
        assertThat(project.ok("branches").out()).isEqualTo(lines(base.describe() + " branches into:",
                "    -> left1, shelves", "    -> right1, labels"));

        project.ok("merge", "-m", "join shelves and labels", "left2", "right2");
        Revision merge = project.revisionFiles().stream().map(RevisionFile::read).filter(Revision::isMerge)
                .findFirst().orElseThrow();
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);

        CliResult upgrade = project.ok("upgrade", "head");
        assertThat(upgraded(upgrade, "upgraded")).containsExactly("left1", "right1", "left2", "right2", merge.id());
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(database.queryColumn("select conname from pg_constraint where conname = 'shelf_label_book'"))
                .containsExactly("shelf_label_book");

        assertOneLineErrorUnderTheLock(project.run("downgrade", "-1"), ExitCode.ERROR, "downgrade", "'-1' is ambiguous",
                merge.id() + " merges several parents: left2, right2");
        CliResult toLeft = project.ok("downgrade", "left2");
        assertThat(upgraded(toLeft, "downgraded")).containsExactly(merge.id(), "right2", "right1");
        assertThat(project.ok("current").out()).isEqualTo(lines(left2.describe()));
        assertThat(upgraded(project.ok("upgrade", "right2"), "upgraded")).containsExactly("right1", "right2");
        assertThat(upgraded(project.ok("upgrade", "head"), "upgraded")).containsExactly(merge.id());

        CliResult toBase = project.ok("downgrade", base.id());
        assertThat(upgraded(toBase, "downgraded")).containsExactly(merge.id(), "right2", "left2", "right1", "left1");
        assertThat(project.appliedRevisions()).containsExactly(base.id());
        assertThat(CatalogSnapshot.of(database)).isEqualTo(atBase);
    }

    @Test
    void checkAndUpgradeRefuseAppliedRevisionsTheDirectoryCannotExplain(TestDatabase database, @TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.setProperty("retort.ignore", "shelf*");
        Revision base = project.autogenerate("library").orElseThrow();
        Revision shelf = HandRevisions.write(project.versions(), "shelf1", List.of(base.id()), 1, "shelves",
                "CREATE TABLE public.shelf (id integer PRIMARY KEY)", "DROP TABLE public.shelf");
        project.ok("upgrade");

        // Another branch applied its revision to this database; its file is not in this checkout.
        Files.delete(shelf.file());
        String unknown = "the database records revision shelf1 as applied, but no file in " + project.versions()
                + " declares it: bring the revision files in (merge the branch that added them), or correct the "
                + "record with 'retort stamp'";
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.DIVERGED);
        assertThat(check.errLines()).containsExactly("retort check: " + unknown);
        assertOneLineErrorUnderTheLock(project.run("upgrade"), ExitCode.DIVERGED, "upgrade", unknown);
        assertThat(project.ok("current").out()).isEqualTo(lines(base.describe() + " (head)",
                "shelf1 (recorded as applied, but no revision file declares it)"));

        // The record lost a parent of an applied revision.
        HandRevisions.write(project.versions(), "shelf1", List.of(base.id()), 1, "shelves",
                "CREATE TABLE public.shelf (id integer PRIMARY KEY)", "DROP TABLE public.shelf");
        database.execute("delete from retort_version where revision = '" + base.id() + "'");
        CliResult gap = project.run("check", "--format", "json");
        assertThat(gap.exitCode()).isEqualTo(ExitCode.DIVERGED);
        assertThat(((Map<?, ?>) JsonReader.read(gap.out())).get("message")).isEqualTo("the database records shelf1 "
                + "without its parent " + base.id() + " as applied, which no upgrade does (a parents line was "
                + "edited after it was applied, or the record was): apply what is missing by hand and correct "
                + "the record with 'retort stamp'");

        project.ok("stamp", "head");
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
    }

    /** The ids of the {@code retort <command>: upgraded|downgraded <id>} lines, in order. */
    private static List<String> upgraded(CliResult result, String event) {
        return result.out().lines().filter(line -> line.matches("retort \\w+: " + event + " .*"))
                .map(line -> line.split(" ")[3]).toList();
    }
}
