package dev.retort.convergence;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Collects the outcomes of a test class's cases, turns each into a test (a case fails unless it converges, or
 * is listed in {@link NotSupportedYet} and still fails), and prints the report the lead quotes: counts, a table
 * per family, and the supported / with a caveat / not supported lists.
 */
final class ConvergenceReport {

    enum Status { SUPPORTED, CAVEAT, NOT_SUPPORTED_YET, FAILING, NOW_SUPPORTED }

    private final String title;
    private final String unit;
    private final Map<String, List<CaseOutcome>> byFamily = new LinkedHashMap<>();
    private int runs;
    private long millis;

    ConvergenceReport(String title, String unit) {
        this.title = title;
        this.unit = unit;
    }

    /** Runs the cases as one suite and returns one test per case, grouped by family. */
    List<DynamicNode> run(List<ConvergenceCase> cases, ConvergenceSuite suite) {
        long start = System.nanoTime();
        int runsBefore = suite.runs();
        Map<String, CaseOutcome> outcomes = suite.run(cases);
        runs += suite.runs() - runsBefore;
        millis += (System.nanoTime() - start) / 1_000_000;
        List<DynamicNode> families = new ArrayList<>();
        Map<String, List<CaseOutcome>> grouped = new LinkedHashMap<>();
        outcomes.values().forEach(o -> grouped.computeIfAbsent(o.convergenceCase().family(), f -> new ArrayList<>())
                .add(o));
        grouped.forEach((family, list) -> {
            byFamily.computeIfAbsent(family, f -> new ArrayList<>()).addAll(list);
            families.add(DynamicContainer.dynamicContainer(family,
                    list.stream().map(o -> DynamicTest.dynamicTest(o.convergenceCase().id(), () -> verdict(o)))));
        });
        return families;
    }

    static Status status(CaseOutcome outcome) {
        String id = outcome.convergenceCase().id();
        if (NotSupportedYet.lists(id)) {
            return outcome.converges() ? Status.NOW_SUPPORTED : Status.NOT_SUPPORTED_YET;
        }
        if (!outcome.converges()) {
            return Status.FAILING;
        }
        return outcome.convergenceCase().caveat() == null ? Status.SUPPORTED : Status.CAVEAT;
    }

    private static void verdict(CaseOutcome outcome) {
        switch (status(outcome)) {
            case FAILING -> throw new AssertionError(outcome.explain());
            case NOW_SUPPORTED -> throw new AssertionError("case " + outcome.convergenceCase().id()
                    + " converges now: take it off NotSupportedYet\n" + outcome.explain());
            case NOT_SUPPORTED_YET -> NotSupportedYet.assertTellsTheUser(outcome);
            default -> { }
        }
    }

    void print(PrintStream out) {
        List<CaseOutcome> all = byFamily.values().stream().flatMap(List::stream)
                .filter(o -> o.convergenceCase() != Anchor.CASE).toList();
        Map<Status, List<CaseOutcome>> byStatus = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            byStatus.put(status, all.stream().filter(o -> status(o) == status).toList());
        }
        StringBuilder text = new StringBuilder("\n==== retort convergence report: ").append(title).append(" ====\n");
        text.append(String.format("%s: %d   converge (1-3 hold): %d   not supported yet (declared): %d   "
                        + "failing: %d   now supported (take off the list): %d%n", unit, all.size(),
                all.stream().filter(CaseOutcome::converges).count(), byStatus.get(Status.NOT_SUPPORTED_YET).size(),
                byStatus.get(Status.FAILING).size(), byStatus.get(Status.NOW_SUPPORTED).size()));
        text.append(String.format("runs on PostgreSQL: %d   time: %.1f s%n%n", runs, millis / 1000.0));
        text.append(String.format("%-36s %6s %10s %8s %14s %8s%n", "family", unit, "supported", "caveat",
                "not supported", "failing"));
        byFamily.forEach((family, list) -> {
            List<CaseOutcome> cases = list.stream().filter(o -> o.convergenceCase() != Anchor.CASE).toList();
            if (!cases.isEmpty()) {
                text.append(String.format("%-36s %6d %10d %8d %14d %8d%n", family, cases.size(), count(cases,
                        Status.SUPPORTED), count(cases, Status.CAVEAT), count(cases, Status.NOT_SUPPORTED_YET)
                        + count(cases, Status.NOW_SUPPORTED), count(cases, Status.FAILING)));
            }
        });
        text.append("\nSUPPORTED (A -> B: the operations autogenerate makes)\n");
        byStatus.get(Status.SUPPORTED).forEach(o -> text.append(line(o)));
        text.append("\nSUPPORTED WITH A CAVEAT\n");
        byStatus.get(Status.CAVEAT).stream().collect(Collectors.groupingBy(o -> o.convergenceCase().caveat(),
                LinkedHashMap::new, Collectors.toList())).forEach((caveat, list) -> {
                    text.append("  caveat: ").append(caveat).append('\n');
                    list.forEach(o -> text.append("  ").append(line(o)));
                });
        text.append("\nNOT SUPPORTED YET (declared in NotSupportedYet; what the user sees)\n");
        byStatus.get(Status.NOT_SUPPORTED_YET).forEach(o -> text.append(line(o))
                .append("      reason: ").append(NotSupportedYet.reason(o.convergenceCase().id())).append('\n')
                .append("      user sees: ").append(o.userMessage()).append('\n'));
        if (!byStatus.get(Status.FAILING).isEmpty() || !byStatus.get(Status.NOW_SUPPORTED).isEmpty()) {
            text.append("\nFAILING (not declared) / NOW SUPPORTED (still declared)\n");
            byStatus.get(Status.FAILING).forEach(o -> text.append(o.explain()));
            byStatus.get(Status.NOW_SUPPORTED).forEach(o -> text.append("  now supported: ").append(line(o)));
        }
        text.append("\nNOTES\n");
        all.stream().filter(o -> !o.notes().isEmpty()).forEach(o -> o.notes().forEach(n -> text.append("  ")
                .append(o.convergenceCase().id()).append(": ").append(n).append('\n')));
        text.append("\nKNOWN EQUIVALENT DIFFERENCES FROM HIBERNATE'S OWN DDL (HibernateDeviations)\n");
        HibernateDeviations.ALL.forEach(d -> text.append("  ").append(d.name()).append(": ").append(d.why())
                .append('\n'));
        if (Boolean.getBoolean("convergence.verbose")) {
            text.append("\nEVERY CASE (-Dconvergence.verbose=true)\n");
            all.forEach(o -> text.append(o.explain()));
        }
        byFamily.values().stream().flatMap(List::stream).filter(o -> o.convergenceCase() == Anchor.CASE
                && !o.converges()).forEach(o -> text.append("\nNOT CHARGED TO ANY CASE\n").append(o.explain()));
        out.print(text);
        out.flush();
    }

    private static long count(List<CaseOutcome> cases, Status status) {
        return cases.stream().filter(o -> status(o) == status).count();
    }

    private static String line(CaseOutcome o) {
        ConvergenceCase c = o.convergenceCase();
        return String.format("  %-34s %s   %s%n", c.id(), c.title(), o.operations());
    }
}
