package dev.retort.convergence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs many cases in few runs: a batch of cases shares one model pair and one database (a Hibernate boot costs a
 * second, PostgreSQL work is cheap). When a step of a batch fails outright, nobody can tell which case made it
 * fail, so the batch is split in halves and each half runs again, down to single cases: every failure ends up
 * with its own case.
 */
final class ConvergenceSuite {

    private final Path workDirectory;
    private int runs;

    ConvergenceSuite(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /**
     * An outcome for every case, and for the anchor (which fails when something belongs to no case). The cases
     * {@link NotSupportedYet} lists run one by one, the others together (split only when a step fails); then
     * every case's catalogs are held against those of Hibernate's own DDL.
     */
    Map<String, CaseOutcome> run(List<ConvergenceCase> cases) {
        requireUniqueIds(cases);
        Map<String, CaseOutcome> outcomes = new LinkedHashMap<>();
        List<ConvergenceCase> listed = cases.stream().filter(c -> NotSupportedYet.lists(c.id())).toList();
        List<ConvergenceCase> others = cases.stream().filter(c -> !NotSupportedYet.lists(c.id())).toList();
        if (!others.isEmpty()) {
            runSplitting(others, outcomes);
        }
        listed.forEach(c -> runSplitting(List.of(c), outcomes));
        long start = System.nanoTime();
        HibernateCatalogs hibernate = HibernateCatalogs.of(cases, newRunDirectory());
        if (Boolean.getBoolean("convergence.timing")) {
            System.out.printf("Hibernate's DDL: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        Map<String, CaseOutcome> judged = HibernateAgreement.judge(cases, outcomes, hibernate);
        judged.put(Anchor.CASE.id(), outcomes.get(Anchor.CASE.id()));
        return judged;
    }

    /** How many runs (model pairs on a fresh database) the suite has made so far. */
    int runs() {
        return runs;
    }

    private void runSplitting(List<ConvergenceCase> cases, Map<String, CaseOutcome> outcomes) {
        List<ConvergenceCase> batch = new ArrayList<>(cases);
        batch.add(Anchor.CASE);
        long start = System.nanoTime();
        ConvergenceRun.Result result = ConvergenceRun.run(batch, newRunDirectory());
        if (Boolean.getBoolean("convergence.timing")) {
            System.out.printf("run of %d cases: %d ms%n", cases.size(), (System.nanoTime() - start) / 1_000_000);
        }
        if (result.failure() != null && cases.size() > 1) {
            int half = cases.size() / 2;
            runSplitting(cases.subList(0, half), outcomes);
            runSplitting(cases.subList(half, cases.size()), outcomes);
            return;
        }
        Map<String, CaseOutcome> judged = CaseVerdicts.judge(batch, result);
        CaseOutcome anchor = judged.remove(Anchor.CASE.id());
        outcomes.putAll(judged);
        CaseOutcome earlier = outcomes.get(Anchor.CASE.id());
        if (earlier == null || earlier.converges()) {
            outcomes.put(Anchor.CASE.id(), anchor);
        }
    }

    private Path newRunDirectory() {
        try {
            runs++;
            return Files.createDirectories(workDirectory.resolve("run-" + runs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireUniqueIds(List<ConvergenceCase> cases) {
        Set<String> seen = new HashSet<>();
        for (ConvergenceCase c : cases) {
            if (!seen.add(c.id())) {
                throw new IllegalArgumentException("two cases with the id " + c.id());
            }
        }
    }
}
