package dev.retort.maven;

import dev.retort.lint.LintReport;
import dev.retort.workflow.LintText;
import dev.retort.workflow.LintWorkflow;
import dev.retort.workflow.Project;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn retort:lint}: what the revisions' upgrades do to a production database (as {@code retort lint}), each
 * finding in the log; the build fails when one is not accepted with {@code -- retort:lint-ignore RULE reason}.
 */
@Mojo(name = "lint", threadSafe = true)
public class LintMojo extends RetortMojo {

    /**
     * Revision specs, ranges FROM:TO or revision files, comma-separated ({@code -Dretort.revisions=head}); none:
     * the revisions the configured database has not applied, else the heads.
     */
    @Parameter(property = "retort.revisions")
    List<String> revisions = new ArrayList<>();

    @Override
    String name() {
        return "lint";
    }

    @Override
    void run() throws Exception {
        LintWorkflow.Outcome outcome;
        try (Project project = openProject(false)) {
            outcome = new LintWorkflow(project).lint(revisions);
        }
        outcome.skipped().forEach(line -> getLog().warn("retort lint: " + line));
        report(outcome.report(), this);
    }

    /** Logs the findings; fails the build when one is open. Shared with {@code retort:check}. */
    static void report(LintReport report, RetortMojo mojo) throws MojoFailureException {
        List<String> lines = LintText.lines(report);
        if (report.passes()) {
            lines.forEach(mojo.getLog()::info);
            return;
        }
        lines.forEach(mojo.getLog()::error);
        throw new MojoFailureException(report.open().size() + " lint finding(s) no -- retort:lint-ignore accepts,"
                + " listed above: fix them, or accept each above its statement with -- retort:lint-ignore RULE"
                + " reason");
    }
}
