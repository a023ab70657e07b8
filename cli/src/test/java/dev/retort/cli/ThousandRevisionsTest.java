package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-lived project: 1000 revisions, with a branch and its merge every 50. {@code history}, {@code heads} and
 * planning an upgrade answer correctly; the test prints what each took, in this JVM and as a whole process, and
 * bounds it only loosely: speed is measured where the machine is quiet (the benchmark), not on a shared test run.
 */
@ExtendWith(PostgresExtension.class)
class ThousandRevisionsTest {

    private static final int REVISIONS = 1000;
    /**
     * Ten times the slowest command measured on a loaded two-core machine (1.5 s, the 9-revision upgrade): trips on a
     * quadratic walk of the graph, never on a busy neighbour.
     */
    private static final long SANITY_LIMIT_MILLIS = 15_000;

    @Test
    void historyHeadsAndUpgradePlanningAnswerOverAThousandRevisions(TestDatabase database, @TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.init(dir, database, dir.resolve("no-entities"), "none");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < REVISIONS; i++) {
            ids.add(String.format("r%04d", i));
            HandRevisions.write(project.versions(), ids.get(i), parentsOf(i, ids), i, "step " + i,
                    "CREATE TABLE public.t" + i + " (id integer)", "DROP TABLE public.t" + i);
        }
        project.ok("heads"); // the first command of this JVM loads picocli and the driver: not what is measured

        long history = timed("history --offline", () -> project.ok("history", "--offline"), REVISIONS);
        long heads = timed("heads", () -> project.ok("heads"), 1);
        long sql = timed("upgrade --sql head (plans and prints all 1000)", () -> project.ok("upgrade", "--sql",
                "head"), -1);
        long stamp = timed("stamp r0990 (records 991 rows)", () -> project.ok("stamp", "r0990"), -1);
        long plan = timed("upgrade head (lock, read 991 rows, verify checksums, plan, apply 9)",
                () -> project.ok("upgrade", "head"), -1);
        long nothing = timed("upgrade head with all 1000 applied (lock, read, verify, plan)",
                () -> project.ok("upgrade", "head"), -1);
        long online = timed("history, asking the database", () -> project.ok("history"), REVISIONS);

        Path config = project.directory();
        for (String[] command : List.of(new String[] {"history", "--offline"}, new String[] {"heads"},
                new String[] {"upgrade", "head"})) {
            List<String> args = new ArrayList<>(List.of("-p", config.toString()));
            args.addAll(List.of(command));
            DeployRun.Result process = DeployRun.start(dir, java.util.Map.of(), args.toArray(String[]::new))
                    .finish(120);
            assertThat(process.cli().exitCode()).as("%s", process.cli()).isZero();
            System.out.printf("1000 revisions, whole process (JVM start included): retort %s: %d ms%n",
                    String.join(" ", command), process.millis());
        }

        assertThat(project.appliedRevisions()).hasSize(REVISIONS);
        assertThat(List.of(history, heads, plan, nothing, online)).allSatisfy(millis ->
                assertThat(millis).isLessThanOrEqualTo(SANITY_LIMIT_MILLIS));
        assertThat(sql + stamp).isPositive();
    }

    /** Runs the command, prints its time, and checks how many revision lines it printed (-1: not checked). */
    private static long timed(String what, Supplier<CliResult> command, int lines) {
        long start = System.nanoTime();
        CliResult result = command.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("1000 revisions, in-process: %s: %d ms%n", what, millis);
        if (lines >= 0) {
            assertThat(result.out().lines()).hasSize(lines);
        }
        return millis;
    }

    /** A chain where, every 50 revisions, two siblings branch off one parent and the next revision merges them. */
    private static List<String> parentsOf(int i, List<String> ids) {
        if (i == 0) {
            return List.of();
        }
        if (i >= 50 && i % 50 == 1) {
            return List.of(ids.get(i - 2));
        }
        if (i >= 50 && i % 50 == 2) {
            return List.of(ids.get(i - 2), ids.get(i - 1));
        }
        return List.of(ids.get(i - 1));
    }
}
