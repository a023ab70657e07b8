package dev.retort.convergence;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping test of issue 4: every mapping shape (associations, collections, composite keys, inheritance,
 * secondary tables, schemas, indexes, unique constraints, id generators, quoted and reserved names) added and
 * removed, changed and changed back, on PostgreSQL through the convergence property. Prints a report.
 */
class MappingConvergenceTest {

    @TempDir
    static Path work;

    private static final ConvergenceReport REPORT = new ConvergenceReport("mapping", "mapping cases");
    private static final long START = System.nanoTime();

    @TestFactory
    List<DynamicNode> everyMappingShapeConvergesAddedChangedAndRemoved() {
        return REPORT.run(MappingCases.all(), new ConvergenceSuite(work));
    }

    @AfterAll
    static void printTheReport() {
        REPORT.print(System.out);
        System.out.printf("mapping test total: %.1f s%n", (System.nanoTime() - START) / 1e9);
    }
}
