package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code revision --autogenerate} lints what it wrote (stderr, exit 0), and {@code check} lints the pending
 * revisions (the heads on the embedded database): exit 9 when all else passes and a finding is open; a problem or
 * drift keeps its own code.
 */
@ExtendWith(PostgresExtension.class)
class CheckLintTest {

    private static final String LIBRARY = "dev.retort.e2e.library";

    @TempDir
    static Path compiled;

    @BeforeAll
    static void compileTheModels() {
        for (String variant : List.of("base", "drop-column")) {
            EntityCompiler.compile("library", variant, compiled.resolve(variant));
        }
    }

    @Test
    void autogenerateListsTheFindingsOfWhatItWroteOnStderrAndExits0(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, compiled.resolve("base"), LIBRARY);
        CliResult first = project.ok("revision", "--autogenerate", "-m", "library");
        // new tables: nothing to find
        assertThat(first.err()).isEmpty();
        project.ok("upgrade");
        database.execute("INSERT INTO public.author (id, name) VALUES (1, 'Ann')",
                "INSERT INTO public.book (title, pages, author_id) SELECT 'book ' || g, g, 1"
                        + " FROM generate_series(1, 3000) g", "ANALYZE public.book");
        project.useEntities(compiled.resolve("drop-column"));

        CliResult dropped = project.run("revision", "--autogenerate", "-m", "no pages");

        assertThat(dropped.exitCode()).as("%s", dropped).isZero();
        Path file = project.revisionFiles().stream().filter(f -> f.toString().contains("no_pages")).findFirst()
                .orElseThrow();
        assertThat(dropped.out()).contains("Wrote " + file);
        int line = lineOf(file, "DROP COLUMN pages");
        assertThat(dropped.errLines()).containsExactly(
                "retort revision: " + file + ":" + line + ": data-loss: drops column public.book.pages"
                        + " (public.book ~3,000 rows, " + size(database, "public.book") + ") — loses data: dropped,"
                        + " truncated or narrowed values cannot be brought back by the downgrade; fix: back up what it"
                        + " removes first, or keep the column or table until nothing needs it",
                "retort revision: " + file + ":" + line + ": breaking-change: drops column public.book.pages"
                        + " (public.book ~3,000 rows, " + size(database, "public.book") + ") — the application version"
                        + " still running during the deploy reads or writes what this drops or renames; fix: deploy in"
                        + " two steps: the application that no longer uses it first, then this change (revision"
                        + " --autogenerate --expand, later --contract)",
                "retort revision: Lint: 2 findings in 1 revision (2 open, 0 accepted with -- retort:lint-ignore).");
    }

    @Test
    void checkExits9OnAnOpenFindingOfTheHeadAnd0OnceItIsAccepted(TestDatabase database, @TempDir Path dir)
            throws Exception {
        TestProject project = withADroppedColumn(database, dir);
        Path file = project.revisionFiles().stream().filter(f -> f.toString().contains("no_pages")).findFirst()
                .orElseThrow();

        CliResult open = project.run("--embedded", "check");

        assertThat(open.exitCode()).as("%s", open).isEqualTo(ExitCode.LINT);
        List<String> lines = open.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("No differences: the entities and the database agree.");
        // offline (the embedded database is the history replayed, without production's rows): no sizes
        assertThat(lines.get(1)).startsWith(file + ":" + lineOf(file, "DROP COLUMN pages")
                + ": data-loss: drops column public.book.pages (public.book) — ");
        assertThat(lines).last().isEqualTo("Lint: 2 findings in 1 revision (2 open, 0 accepted with"
                + " -- retort:lint-ignore).");

        CliResult json = project.run("--embedded", "check", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCode.LINT);
        Map<String, Object> report = SarifShape.object(JsonReader.read(json.out()));
        assertThat(report).containsEntry("status", "lint");
        assertThat(SarifShape.object(report.get("lint"))).containsEntry("open", new BigDecimal(2));

        CliResult sarif = project.run("--embedded", "check", "--format", "sarif");
        assertThat(sarif.exitCode()).isEqualTo(ExitCode.LINT);
        assertThat(SarifShape.results(SarifShape.onlyRun(sarif.out()))).extracting(r -> r.get("ruleId"))
                .containsExactly("data-loss", "breaking-change");

        accept(file);
        CliResult accepted = project.run("--embedded", "check");
        assertThat(accepted.exitCode()).as("%s", accepted).isEqualTo(ExitCode.OK);
        assertThat(accepted.out()).contains("accepted: " + file + ":")
                .contains("Lint: 2 findings in 1 revision (0 open, 2 accepted with -- retort:lint-ignore).");
    }

    @Test
    void aProblemOrDriftKeepsItsOwnCode(TestDatabase database, @TempDir Path dir) {
        TestProject project = withADroppedColumn(database, dir);

        // the database is behind the head: 4, though the pending revision has open findings
        CliResult behind = project.run("check");
        assertThat(behind.exitCode()).as("%s", behind).isEqualTo(ExitCode.NOT_UP_TO_DATE);
        assertThat(behind.out()).contains(": data-loss: drops column public.book.pages (public.book ~0 rows, ");

        // drift: 1
        project.useEntities(compiled.resolve("base"));
        CliResult drift = project.run("--embedded", "check");
        assertThat(drift.exitCode()).as("%s", drift).isEqualTo(ExitCode.DRIFT);
        assertThat(drift.out()).contains("Lint: 2 findings in 1 revision (2 open");

        // at the head, nothing pending: nothing linted
        project.useEntities(compiled.resolve("drop-column"));
        project.ok("upgrade");
        CliResult atHead = project.run("check");
        assertThat(atHead.exitCode()).as("%s", atHead).isEqualTo(ExitCode.OK);
        assertThat(atHead.out()).doesNotContain("Lint");
    }

    /** The library at its first revision (applied), and a second revision, not applied, dropping book.pages. */
    private static TestProject withADroppedColumn(TestDatabase database, Path dir) {
        TestProject project = TestProject.init(dir, database, compiled.resolve("base"), LIBRARY);
        project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        project.useEntities(compiled.resolve("drop-column"));
        Revision dropped = project.autogenerate("no pages").orElseThrow();
        assertThat(dropped.upgrade().destructive()).isEqualTo(1);
        return project;
    }

    private static void accept(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf("ALTER TABLE public.book DROP COLUMN pages");
        assertThat(at).isPositive();
        int lineStart = text.lastIndexOf('\n', at) + 1;
        Files.writeString(file, text.substring(0, lineStart)
                + "-- retort:lint-ignore data-loss page counts are kept in the archive\n"
                + "-- retort:lint-ignore breaking-change release 4.2 stopped reading pages\n"
                + text.substring(lineStart), StandardCharsets.UTF_8);
    }

    private static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private static String size(TestDatabase database, String table) {
        return database.queryColumn("select pg_size_pretty(pg_total_relation_size('" + table + "'))").get(0);
    }
}
