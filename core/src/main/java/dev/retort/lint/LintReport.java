package dev.retort.lint;

import java.util.List;

/**
 * What linting some revisions found, biggest tables first (unknown sizes last), then by revision order, file line.
 *
 * @param linted   the ids of the revisions linted, in the order they apply
 * @param findings every finding, accepted ones included (see {@link LintFinding#accepted()})
 */
public record LintReport(List<String> linted, List<LintFinding> findings) {
    public LintReport {
        linted = List.copyOf(linted);
        findings = List.copyOf(findings);
    }

    /** The findings no {@code -- retort:lint-ignore} accepts: what fails {@code retort lint} and {@code check}. */
    public List<LintFinding> open() {
        return findings.stream().filter(finding -> !finding.isAccepted()).toList();
    }

    public boolean passes() {
        return open().isEmpty();
    }
}
