package dev.retort.maven;

import dev.retort.lint.LintReport;
import dev.retort.workflow.CheckReport;
import dev.retort.workflow.CheckWorkflow;
import dev.retort.workflow.LintWorkflow;
import dev.retort.workflow.Project;
import dev.retort.workflow.StepListener;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:check}: the revisions can be deployed onto the database, and the entities and the database agree
 * (without a configured database, the revision history replayed into an embedded PostgreSQL). Otherwise the build
 * fails, with every difference or problem in the log; and when all that passes, it fails on a lint finding of the
 * pending revisions (as {@code retort:lint}) that no {@code -- retort:lint-ignore} accepts. The module is compiled
 * first.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class CheckMojo extends RetortMojo {

    @Override
    String name() {
        return "check";
    }

    @Override
    void run() throws Exception {
        CheckWorkflow.Outcome outcome;
        LintReport lint;
        try (Project project = openProject(true)) {
            outcome = new CheckWorkflow(project).check(StepListener.SILENT);
            lint = new LintWorkflow(project).pending(outcome).orElse(null);
        }
        outcome.problems().forEach(problem -> getLog().error("retort check: " + problem.message()));
        if (outcome.drift() != null) {
            outcome.drift().warnings().forEach(w -> getLog().warn("retort check: " + w));
        }
        if (outcome.agrees()) {
            CheckReport.lines(outcome).forEach(getLog()::info);
            if (lint != null) {
                // as the CLI's exit 9: what keeps the deploy from working is told first, what makes it risky after
                LintMojo.report(lint, this);
            }
            return;
        }
        CheckReport.lines(outcome).forEach(getLog()::error);
        String verdict = outcome.problems().isEmpty()
                ? outcome.drift().comparison().differences().size()
                        + " difference(s) between the entities and the database, listed above"
                : outcome.problems().get(0).message();
        throw new MojoFailureException(verdict);
    }
}
