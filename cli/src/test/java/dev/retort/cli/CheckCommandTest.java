package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: its exit codes, its text and JSON reports, and the unmapped-object policies it applies. */
@ExtendWith(PostgresExtension.class)
class CheckCommandTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    private static final Path library = EntityCompiler.library();

    private static final String NOT_DESCRIBED = "in the database, not described by the entities";

    @Test
    void checkAndAutogenerateExitWith4WhenTheDatabaseIsNotAtTheHead(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        Revision first = project.autogenerate("library").orElseThrow();
        String notAtHead = "the database is at base but the revisions' head is " + first.id()
                + ": run `retort upgrade head` first";

        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.NOT_UP_TO_DATE);
        assertThat(check.out()).isEmpty();
        assertThat(check.errLines()).containsExactly("retort check: " + notAtHead);
        CliResult json = project.run("check", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);
        assertThat(json.errLines()).containsExactly("retort check: " + notAtHead);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("problem", "not-up-to-date");
        problem.put("exitCode", new BigDecimal(ExitCode.NOT_UP_TO_DATE));
        problem.put("message", notAtHead);
        problem.put("revisions", List.of(first.id()));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("status", "not-up-to-date");
        expected.put("message", notAtHead);
        expected.put("problems", List.of(problem));
        expected.put("differences", List.of());
        expected.put("pending", List.of());
        expected.put("warnings", List.of());
        expected.put("applied", List.of());
        expected.put("current", List.of());
        expected.put("heads", List.of(first.id()));
        // the pending revision is linted all the same: it creates tables, nothing to find
        expected.put("lint", lint(List.of(first.id())));
        assertThat(JsonReader.read(json.out())).isEqualTo(expected);

        CliResult autogenerate = project.run("revision", "--autogenerate", "-m", "too early");
        assertThat(autogenerate.exitCode()).as("%s", autogenerate).isEqualTo(ExitCode.NOT_UP_TO_DATE);
        assertThat(autogenerate.errLines()).containsExactly("retort revision: " + notAtHead);
        assertThat(project.revisionFiles()).containsExactly(first.file());

        project.ok("upgrade");
        project.ok("revision", "-m", "by hand, not applied yet");
        CliResult behind = project.run("check");
        assertThat(behind.exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);
        assertThat(behind.errLines()).singleElement().asString()
                .startsWith("retort check: the database is at " + first.id() + " but the revisions' head is ");
    }

    @Test
    void checkPrintsEveryDifferenceWithItsReasonAsTextAndAsJson(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        Revision first = project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        CliResult agreeing = project.run("check", "--format", "json");
        assertThat(agreeing.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(JsonReader.read(agreeing.out())).isEqualTo(report("ok", List.of(), first));

        // Made by hand, outside the revisions: drift, reported and never undone by a revision.
        database.execute("ALTER TABLE public.book ALTER COLUMN title TYPE varchar(150)",
                "CREATE TABLE public.legacy_notes (id integer)",
                "CREATE INDEX idx_book_isbn ON public.book (isbn)");

        CliResult text = project.run("check");
        assertThat(text.exitCode()).as("%s", text).isEqualTo(ExitCode.DRIFT);
        assertThat(text.err()).isEmpty();
        List<String> printed = text.out().lines().toList();
        assertThat(printed).hasSize(4);
        assertThat(printed.get(0)).isEqualTo(
                "3 difference(s) between the entities and the database (0 would become SQL, 3 reported only):");
        assertThat(printed.get(1)).isEqualTo("  column public.book.title: type character varying(150) ->"
                + " character varying(200) (length [150] -> [200] in the entities) [column.type, drift]"
                + " [dev.retort.e2e.library.Book.title]");
        assertThat(printed.get(2)).isEqualTo("  index public.book.idx_book_isbn: " + NOT_DESCRIBED
                + " [index.extra, drift] [entity dev.retort.e2e.library.Book]");
        assertThat(printed.get(3)).isEqualTo("  table public.legacy_notes: " + NOT_DESCRIBED
                + " [table.extra, drift]");

        CliResult json = project.run("check", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCode.DRIFT);
        assertThat(json.err()).isEmpty();

        CliResult verbose = project.run("check", "--verbose");
        assertThat(verbose.exitCode()).isEqualTo(ExitCode.DRIFT);
        assertThat(verbose.out()).isEqualTo(text.out());
        assertThat(verbose.errLines()).as("which Hibernate scanned, once")
                .containsOnlyOnce("retort: entities scanned with Hibernate " + org.hibernate.Version.getVersionString()
                        + " (retort's own)");
        assertThat(verbose.errLines()).as("each step's time, nothing else, not a terminal")
                .filteredOn(line -> !line.startsWith("retort: entities scanned with "))
                .allMatch(line -> line.matches("retort: step [a-z-]+( \\(cached\\))? \\d+ ms"))
                .extracting(line -> line.split(" ")[2])
                .contains("scan-entities", "reflect-database", "normalize", "compare", "history-replay",
                        "history-reflect", "history-normalize");
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) JsonReader.read(json.out());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> differences = (List<Map<String, Object>>) parsed.get("differences");
        assertThat(differences).hasSize(3);
        assertThat(parsed).isEqualTo(report("drift", List.of(
                difference("column", "public.book.title", "public", "book", "title", "type",
                        "character varying(150)", "character varying(200)", "length [150] -> [200] in the entities",
                        "column.type", "dev.retort.e2e.library.Book.title", "reported"),
                difference("index", "public.book.idx_book_isbn", "public", "book", "idx_book_isbn", "presence",
                        "btree [isbn]", null, NOT_DESCRIBED, "index.extra", "entity dev.retort.e2e.library.Book",
                        "reported"),
                difference("table", "public.legacy_notes", "public", "legacy_notes", null, "presence", "table", null,
                        NOT_DESCRIBED, "table.extra", null, "reported")), first));
    }

    @Test
    void theConfiguredPoliciesDecideWhatHappensToObjectsTheEntitiesDoNotDescribe(TestDatabase database,
                                                                               @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        database.execute("CREATE TABLE public.legacy_notes (id integer)",
                "CREATE INDEX idx_book_isbn ON public.book (isbn)",
                "CREATE SEQUENCE public.legacy_seq");
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.DRIFT);
        CliResult reportedOnly = project.ok("revision", "--autogenerate", "-m", "nothing to write");
        assertThat(reportedOnly.out()).contains("reported, not turned into SQL: table public.legacy_notes",
                "reported, not turned into SQL: index public.book.idx_book_isbn",
                "reported, not turned into SQL: sequence public.legacy_seq",
                "No changes to write: the differences above are reported only").doesNotContain("agree");
        assertThat(project.revisionFiles()).hasSize(1);

        project.setProperty("retort.table.extra", "ignore");
        project.setProperty("retort.ignore", "legacy_*");
        project.setProperty("retort.index.extra@public.idx_book_*", "apply");
        Revision drop = project.autogenerate("drop the stray index").orElseThrow();
        assertThat(ModelEdit.withoutHashes(drop.upgrade())).containsExactly(ModelEdit.LOCK_TIMEOUT,
                "DROP INDEX CONCURRENTLY public.idx_book_isbn");
        assertThat(ModelEdit.withoutHashes(drop.downgrade())).containsExactly(ModelEdit.LOCK_TIMEOUT,
                "DROP INDEX CONCURRENTLY IF EXISTS public.idx_book_isbn",
                "CREATE INDEX CONCURRENTLY idx_book_isbn ON public.book (isbn)");
        project.ok("upgrade");
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        assertThat(database.queryColumn("select count(*) from pg_tables where tablename = 'legacy_notes'"))
                .containsExactly("1");
    }

    private static Map<String, Object> report(String status, List<Object> differences, Revision at) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", status);
        report.put("problems", List.of());
        report.put("differences", differences);
        report.put("pending", List.of());
        report.put("warnings", List.of());
        report.put("history", "replayed");
        report.put("applied", List.of(at.id()));
        report.put("current", List.of(at.id()));
        report.put("heads", List.of(at.id()));
        report.put("lint", lint(List.of()));
        return report;
    }

    /** check's lint member when nothing was found in the pending revisions. */
    private static Map<String, Object> lint(List<String> linted) {
        Map<String, Object> lint = new LinkedHashMap<>();
        lint.put("status", "ok");
        lint.put("linted", linted);
        lint.put("open", BigDecimal.ZERO);
        lint.put("accepted", BigDecimal.ZERO);
        lint.put("findings", List.of());
        return lint;
    }

    private static Map<String, Object> difference(String kind, String path, String schema, String object,
                                                  String member, String aspect, String from, String to,
                                                  String reason, String category, String origin, String action) {
        Map<String, Object> difference = new LinkedHashMap<>();
        difference.put("kind", kind);
        difference.put("path", path);
        difference.put("schema", schema);
        difference.put("object", object);
        difference.put("member", member);
        difference.put("aspect", aspect);
        difference.put("from", from);
        difference.put("to", to);
        difference.put("reason", reason);
        difference.put("category", category);
        difference.put("origin", origin);
        difference.put("action", action);
        difference.put("cause", "drift");
        return difference;
    }
}
