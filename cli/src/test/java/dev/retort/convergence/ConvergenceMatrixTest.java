package dev.retort.convergence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matrix test of issue 4: for every supported Java/Hibernate type and every column aspect, a change from one
 * value to another, run both ways on PostgreSQL through the convergence property: autogenerate from A to B makes
 * exactly the true differences, after the upgrade a second autogenerate finds nothing, and the downgrade brings
 * back A's very catalog. Prints a report (see {@link ConvergenceReport}).
 */
class ConvergenceMatrixTest {

    @TempDir
    static Path work;

    private static final ConvergenceReport REPORT = new ConvergenceReport("matrix", "cells");
    private static final long START = System.nanoTime();

    @TestFactory
    List<DynamicNode> everyTypeAndColumnAspectConvergesBothWaysAndDowngradesExactly() {
        return REPORT.run(cells(), new ConvergenceSuite(work));
    }

    /** Every cell of the matrix, family by family. */
    static List<ConvergenceCase> cells() {
        List<ConvergenceCase> cells = new ArrayList<>();
        cells.addAll(StringCells.cases());
        cells.addAll(NumberCells.integers());
        cells.addAll(NumberCells.decimals());
        cells.addAll(BooleanAndTemporalCells.booleans());
        cells.addAll(BooleanAndTemporalCells.temporals());
        cells.addAll(OtherTypeCells.uuidsAndBytes());
        cells.addAll(OtherTypeCells.jsonAndArrays());
        cells.addAll(EnumCells.cases());
        cells.addAll(ColumnFeatureCells.cases());
        cells.addAll(TypeChangeCells.cases());
        return cells;
    }

    @AfterAll
    static void printTheReport() {
        REPORT.print(System.out);
        System.out.printf("matrix test total: %.1f s%n", (System.nanoTime() - START) / 1e9);
    }
}
