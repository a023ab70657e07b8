package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort lint} on hand-written revisions against a real database: each open finding is a line with its
 * table's size, reason and fix, biggest table first, and exit 9; accepted ones exit 0 and are listed with the reason
 * given; json and sarif say the same.
 */
@ExtendWith(PostgresExtension.class)
class LintCommandTest {

    private static final Path library = EntityCompiler.library();

    /** Drops a column of the empty table (line 9), then one of the 20,000-row table (line 10). */
    private static final String DROPS = "SET lock_timeout = '5s';\n"
            + "ALTER TABLE public.empty_one DROP COLUMN nick;\n"
            + "ALTER TABLE public.orders DROP COLUMN note;";

    private static final String RESTORES = "ALTER TABLE public.orders ADD COLUMN note text;\n"
            + "ALTER TABLE public.empty_one ADD COLUMN nick text;";

    @Test
    void anOpenFindingIsALineWithItsTablesRealSizeBiggestFirstAndExit9(TestDatabase database, @TempDir Path dir) {
        TestProject project = tablesWithRows(database, dir);
        Revision drops = HandRevisions.write(project.versions(), "rev02", List.of("rev01"), 2, "drops", DROPS,
                RESTORES);

        CliResult result = project.run("lint");

        assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCode.LINT);
        List<String> lines = result.out().lines().toList();
        String orders = drops.file() + ":10: %s: drops column public.orders.note (public.orders ~20,000 rows, ";
        String empty = drops.file() + ":9: %s: drops column public.empty_one.nick (public.empty_one ~0 rows, ";
        assertThat(lines).hasSize(5);
        // the table with rows first, although its statement comes second
        assertThat(lines.get(0)).startsWith(orders.formatted("data-loss"))
                .endsWith(" kB) — loses data: dropped, truncated or narrowed values cannot be brought back by the"
                        + " downgrade; fix: back up what it removes first, or keep the column or table until nothing"
                        + " needs it");
        assertThat(lines.get(1)).startsWith(orders.formatted("breaking-change"));
        assertThat(lines.get(2)).startsWith(empty.formatted("data-loss"));
        assertThat(lines.get(3)).startsWith(empty.formatted("breaking-change"));
        assertThat(lines.get(4)).isEqualTo("Lint: 4 findings in 1 revision (4 open, 0 accepted with"
                + " -- retort:lint-ignore).");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void findingsAcceptedAboveTheirStatementExit0AndAreListedWithTheReason(TestDatabase database,
                                                                          @TempDir Path dir) {
        TestProject project = tablesWithRows(database, dir);
        Revision drops = HandRevisions.write(project.versions(), "rev02", List.of("rev01"), 2, "drops",
                "SET lock_timeout = '5s';\n"
                        + "-- retort:lint-ignore data-loss nick was never filled in\n"
                        + "-- retort:lint-ignore breaking-change no release reads nick since 2.3\n"
                        + "ALTER TABLE public.empty_one DROP COLUMN nick;",
                "ALTER TABLE public.empty_one ADD COLUMN nick text;");

        CliResult result = project.run("lint");

        assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCode.OK);
        assertThat(result.out().lines()).containsExactly(
                "accepted: " + drops.file() + ":11: data-loss: drops column public.empty_one.nick"
                        + " (public.empty_one ~0 rows, 16 kB) — nick was never filled in",
                "accepted: " + drops.file() + ":11: breaking-change: drops column public.empty_one.nick"
                        + " (public.empty_one ~0 rows, 16 kB) — no release reads nick since 2.3",
                "Lint: 2 findings in 1 revision (0 open, 2 accepted with -- retort:lint-ignore).");
    }

    @Test
    void jsonHasTheStableFieldsOfEachFinding(TestDatabase database, @TempDir Path dir) {
        TestProject project = tablesWithRows(database, dir);
        Revision drops = HandRevisions.write(project.versions(), "rev02", List.of("rev01"), 2, "drops",
                "SET lock_timeout = '5s';\n-- retort:lint-ignore data-loss copied to the archive first\n"
                        + "ALTER TABLE public.orders DROP COLUMN note;",
                "ALTER TABLE public.orders ADD COLUMN note text;");

        CliResult result = project.run("lint", "--format", "json");

        assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCode.LINT);
        Map<String, Object> report = SarifShape.object(JsonReader.read(result.out()));
        assertThat(report).containsEntry("status", "findings").containsEntry("linted", List.of("rev02"))
                .containsEntry("open", BigDecimal.ONE).containsEntry("accepted", BigDecimal.ONE);
        List<Object> findings = SarifShape.list(report.get("findings"));
        assertThat(findings).hasSize(2);
        Map<String, Object> dataLoss = SarifShape.object(findings.get(0));
        assertThat(dataLoss.keySet()).containsExactly("rule", "revision", "file", "line", "table", "rows", "bytes",
                "detail", "reason", "fix", "accepted");
        assertThat(dataLoss).containsEntry("rule", "data-loss").containsEntry("revision", "rev02")
                .containsEntry("file", drops.file().toString()).containsEntry("line", new BigDecimal(10))
                .containsEntry("table", "public.orders").containsEntry("rows", new BigDecimal(20000))
                .containsEntry("detail", "drops column public.orders.note")
                .containsEntry("accepted", "copied to the archive first");
        assertThat(((BigDecimal) dataLoss.get("bytes")).longValue()).isEqualTo(Long.parseLong(database.queryColumn(
                "select pg_total_relation_size('public.orders')::text").get(0)));
        assertThat(SarifShape.object(findings.get(1))).containsEntry("rule", "breaking-change")
                .containsEntry("accepted", null);
    }

    @Test
    void sarifHasOneRulePerLintRuleAndAcceptedFindingsAsSuppressions(TestDatabase database, @TempDir Path dir) {
        TestProject project = tablesWithRows(database, dir);
        Revision drops = HandRevisions.write(project.versions(), "rev02", List.of("rev01"), 2, "drops",
                "SET lock_timeout = '5s';\n-- retort:lint-ignore data-loss copied to the archive first\n"
                        + "ALTER TABLE public.orders DROP COLUMN note;",
                "ALTER TABLE public.orders ADD COLUMN note text;");

        CliResult result = project.run("lint", "--format", "sarif");

        assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCode.LINT);
        Map<String, Object> run = SarifShape.onlyRun(result.out());
        List<Object> rules = SarifShape.list(SarifShape.object(SarifShape.object(run.get("tool")).get("driver"))
                .get("rules"));
        assertThat(rules).hasSize(dev.retort.lint.LintRule.values().length);
        assertThat(SarifShape.object(SarifShape.object(rules.get(4)).get("help")).get("text").toString())
                .startsWith("Fix: back up what it removes first");
        List<Map<String, Object>> results = SarifShape.results(run);
        assertThat(results).extracting(r -> r.get("ruleId")).containsExactly("data-loss", "breaking-change");
        assertThat(SarifShape.physicalLocation(results.get(0))).containsExactly(drops.file().toUri().toString(),
                "null", 10);
        assertThat(SarifShape.logicalLocation(results.get(0))).containsEntry("fullyQualifiedName", "public.orders");
        assertThat(results.get(0)).containsEntry("suppressions", List.of(Map.of("kind", "inSource",
                "justification", "copied to the archive first")));
        assertThat(results.get(1)).doesNotContainKey("suppressions");
        assertThat(SarifShape.invocation(run)).containsEntry("exitCode", new BigDecimal(ExitCode.LINT));
    }

    @Test
    void aRuleTheProjectDisablesFindsNothing(TestDatabase database, @TempDir Path dir) {
        TestProject project = tablesWithRows(database, dir);
        HandRevisions.write(project.versions(), "rev02", List.of("rev01"), 2, "drops", DROPS, RESTORES);
        project.setProperty("lint.disable", "breaking-change");

        CliResult dataLossOnly = project.run("lint");
        assertThat(dataLossOnly.exitCode()).isEqualTo(ExitCode.LINT);
        assertThat(dataLossOnly.out()).contains(": data-loss: ").doesNotContain("breaking-change:");

        project.setProperty("lint.disable", "breaking-change,data-loss");
        assertThat(project.ok("lint").out()).isEqualTo("Lint: no findings in 1 revision." + System.lineSeparator());

        project.setProperty("lint.disable", "data-los");
        CliResult typo = project.run("lint");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(typo.errLines()).singleElement().asString()
                .startsWith("retort lint: lint.disable=data-los (retort.properties or RETORT_LINT_DISABLE):"
                        + " 'data-los' is no lint rule: did you mean data-loss?");
    }

    /** rev01 makes public.orders (20,000 rows, analyzed) and public.empty_one (no rows), applied. */
    static TestProject tablesWithRows(TestDatabase database, Path dir) {
        TestProject project = TestProject.init(dir, database, library, "dev.retort.e2e.library");
        HandRevisions.write(project.versions(), "rev01", List.of(), 1, "tables",
                "CREATE TABLE public.orders (id bigint PRIMARY KEY, note text, total numeric(10,2));\n"
                        + "CREATE TABLE public.empty_one (id integer PRIMARY KEY, nick text);",
                "DROP TABLE public.empty_one;\nDROP TABLE public.orders;");
        project.ok("upgrade");
        database.execute("INSERT INTO public.orders SELECT g, 'order ' || g, g FROM generate_series(1, 20000) g",
                "ANALYZE public.orders", "ANALYZE public.empty_one");
        return project;
    }
}
