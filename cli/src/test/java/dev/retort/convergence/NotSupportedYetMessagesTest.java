package dev.retort.convergence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only the cases {@link NotSupportedYet} lists, run as the matrix and mapping tests run them: each still fails, and
 * the one line the user reads about it is exactly the line listed there, never retort's "this is a bug" report of
 * a crash. A quick run of what the two big reports judge the same way.
 */
class NotSupportedYetMessagesTest {

    @TempDir
    static Path work;

    @TestFactory
    List<DynamicTest> eachCaseNotSupportedYetTellsTheUserExactlyTheListedLine() {
        List<ConvergenceCase> all = new ArrayList<>(ConvergenceMatrixTest.cells());
        all.addAll(MappingCases.all());
        List<ConvergenceCase> listed = all.stream().filter(c -> NotSupportedYet.lists(c.id())).toList();
        Map<String, CaseOutcome> outcomes = new ConvergenceSuite(work).run(listed);
        return NotSupportedYet.CASES.keySet().stream().sorted()
                .map(id -> DynamicTest.dynamicTest(id, () -> NotSupportedYet.assertTellsTheUser(outcomes.get(id))))
                .toList();
    }
}
