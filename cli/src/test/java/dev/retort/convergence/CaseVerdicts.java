package dev.retort.convergence;

import dev.retort.compare.Difference;
import dev.retort.dialect.postgresql.PostgresRenderer;
import dev.retort.ops.Operation;
import dev.retort.schema.ObjectKind;
import dev.retort.schema.ObjectPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a batch run case by case: every operation, difference and catalog line is given to the case that owns
 * the names in it; what no case owns goes to the {@link Anchor}, whose verdict then fails.
 */
final class CaseVerdicts {

    private final Ownership ownership;
    private final Map<ConvergenceCase, Builder> builders = new LinkedHashMap<>();

    private CaseVerdicts(List<ConvergenceCase> cases) {
        this.ownership = new Ownership(cases);
        cases.forEach(c -> builders.put(c, new Builder(c)));
    }

    /** A verdict for every case of the batch (the anchor included), by case id. */
    static Map<String, CaseOutcome> judge(List<ConvergenceCase> cases, ConvergenceRun.Result result) {
        CaseVerdicts verdicts = new CaseVerdicts(cases);
        if (result.failure() != null) {
            // A run of the anchor alone that fails is the anchor's failure; otherwise the cases' (the caller
            // splits a failed batch until each failure has its case).
            boolean anchorOnly = cases.stream().allMatch(c -> c == Anchor.CASE);
            verdicts.builders.values().stream()
                    .filter(b -> anchorOnly || b.convergenceCase != Anchor.CASE)
                    .forEach(b -> b.failed(result.failure()));
        } else {
            verdicts.judge(result);
        }
        Map<String, CaseOutcome> outcomes = new LinkedHashMap<>();
        verdicts.builders.forEach((c, builder) -> outcomes.put(c.id(), builder.build()));
        return outcomes;
    }

    private void judge(ConvergenceRun.Result result) {
        for (Operation operation : result.operations()) {
            builderFor(pathNames(operation.subject())).operation(operation);
        }
        for (Difference difference : result.checkA()) {
            Builder builder = builderFor(pathNames(difference.path()));
            builder.failure("model A does not converge: check right after creating A finds: " + difference.describe());
            builder.userSees("retort check: " + difference.describe());
        }
        for (Difference difference : result.checkB()) {
            Builder builder = builderFor(pathNames(difference.path()));
            builder.failure("does not converge: the second autogenerate finds: " + difference.describe());
            builder.userSees("retort check: " + difference.describe());
        }
        compareCatalogs(result.catalogA(), result.downgraded(), "downgrade does not restore A's catalog");
        compareCatalogs(result.catalogB(), result.upgradedAgain(), "upgrading again does not reproduce B's catalog");
        compareCatalogs(result.empty(), result.emptied(), "downgrading to base does not leave the database empty");
        for (String warning : result.warnings()) {
            ConvergenceCase owner = ownership.ownerOfText(warning);
            builders.get(owner == null ? Anchor.CASE : owner).warning(warning);
        }
        ownership.split(result.catalogA()).forEach((c, lines) -> builders.get(c).catalogA = lines);
        ownership.split(result.catalogB()).forEach((c, lines) -> builders.get(c).catalogB = lines);
        builders.values().forEach(Builder::checkOperations);
    }

    /** Each case's lines of two catalogs must be the same: the lines only one has are the case's failure. */
    private void compareCatalogs(List<String> expected, List<String> actual, String what) {
        Map<Builder, List<String>> missing = byOwner(expected, actual);
        Map<Builder, List<String>> extra = byOwner(actual, expected);
        for (Builder builder : builders.values()) {
            List<String> lost = missing.getOrDefault(builder, List.of());
            List<String> added = extra.getOrDefault(builder, List.of());
            if (!lost.isEmpty() || !added.isEmpty()) {
                builder.failure(what + ": missing " + lost + ", unexpected " + added);
            }
        }
    }

    /** The lines of {@code lines} that {@code other} lacks, grouped by the case that owns them. */
    private Map<Builder, List<String>> byOwner(List<String> lines, List<String> other) {
        Map<String, Integer> remaining = new HashMap<>();
        other.forEach(line -> remaining.merge(line, 1, Integer::sum));
        Map<Builder, List<String>> grouped = new LinkedHashMap<>();
        for (String line : lines) {
            if (remaining.merge(line, -1, Integer::sum) < 0) {
                ConvergenceCase owner = ownership.ownerOfText(line);
                grouped.computeIfAbsent(builders.get(owner == null ? Anchor.CASE : owner), b -> new ArrayList<>())
                        .add(line);
            }
        }
        return grouped;
    }

    private Builder builderFor(List<String> names) {
        ConvergenceCase owner = ownership.owner(names);
        return builders.get(owner == null ? Anchor.CASE : owner);
    }

    private static List<String> pathNames(ObjectPath path) {
        return path.kind() == ObjectKind.SCHEMA ? List.of(path.owner().schema())
                : List.of(path.owner().name(), path.owner().schema());
    }

    /** Collects one case's findings. */
    private static final class Builder {
        private final ConvergenceCase convergenceCase;
        private final List<String> operations = new ArrayList<>();
        private final List<String> upgradeSql = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private List<String> catalogA = List.of();
        private List<String> catalogB = List.of();
        private final List<String> warnings = new ArrayList<>();
        private String userMessage;

        Builder(ConvergenceCase convergenceCase) {
            this.convergenceCase = convergenceCase;
        }

        void operation(Operation operation) {
            operations.add(OperationSummary.of(operation));
            upgradeSql.addAll(PostgresRenderer.render(operation));
        }

        void failed(ConvergenceRun.StepFailure failure) {
            failure(failure.step() + " failed: " + failure.userMessage());
            userMessage = failure.userMessage();
        }

        void warning(String warning) {
            warnings.add(warning);
        }

        void userSees(String line) {
            if (userMessage == null) {
                userMessage = line;
            }
        }

        void failure(String failure) {
            failures.add(failure);
        }

        void checkOperations() {
            List<String> actual = operations.stream().sorted().toList();
            List<String> expected = convergenceCase.resolvedExpected();
            if (!actual.equals(expected)) {
                failures.add(0, "operations are not the true differences: expected " + expected + " but got "
                        + actual);
            }
        }

        CaseOutcome build() {
            if (userMessage == null && !failures.isEmpty() && !warnings.isEmpty()) {
                userMessage = warnings.get(0);
            }
            return new CaseOutcome(convergenceCase, operations, upgradeSql, failures, userMessage, catalogA,
                    catalogB, warnings);
        }
    }
}
