package dev.retort.cli;

import dev.retort.config.RetortConfig;
import dev.retort.lint.LintReport;
import dev.retort.workflow.LintText;
import dev.retort.workflow.LintWorkflow;
import dev.retort.workflow.Project;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lint", description = {"Lint revisions' upgrades for what hurts a production database: table"
        + " rewrites, long exclusive locks, blocking index builds, data loss, changes the running application breaks"
        + " on, ... ranked by table size when a database is configured.",
        "REV: a revision spec (head, an id or a prefix), a range FROM:TO (as history -r), or a revision file's path"
                + " (git diff --name-only origin/main -- migrations/versions). None: the revisions the configured"
                + " database has not applied; without a database, the heads.",
        "Exit 0 when every finding is accepted (-- retort:lint-ignore RULE reason above the statement); 9 when one"
                + " is not."})
final class LintCommand implements Callable<Integer>, HasGlobalOptions {

    enum Format { text, json, sarif }

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REV", arity = "0..*", description = "Revisions, ranges FROM:TO or revision files.")
    List<String> revisions = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text",
            description = "text (default), json, or sarif (SARIF 2.1.0 for GitHub code scanning).")
    Format format;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LintWorkflow.Outcome outcome;
        RetortConfig config;
        try (Project project = Projects.open(globalOptions(), err)) {
            config = project.config();
            outcome = new LintWorkflow(project).lint(revisions);
        }
        outcome.skipped().forEach(line -> err.println("retort lint: " + line));
        LintReport report = outcome.report();
        int exitCode = exitCode(report);
        if (format == Format.json) {
            out.println(Json.value(LintJson.report(report, outcome.skipped())));
        } else if (format == Format.sarif) {
            SarifLocations locations = new SarifLocations(
                    new EntitySources(config.projectDirectory(), config.entities().classpath()),
                    globalOptions().configFile());
            out.println(Json.value(LintSarif.log(report, exitCode, locations, outcome.skipped())));
        } else {
            LintText.lines(report).forEach(out::println);
        }
        return exitCode;
    }

    /** 0 when every finding is accepted, {@link ExitCode#LINT} when one is not. */
    static int exitCode(LintReport report) {
        return report.passes() ? ExitCode.OK : ExitCode.LINT;
    }
}
