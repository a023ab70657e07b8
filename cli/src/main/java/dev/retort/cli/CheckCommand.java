package dev.retort.cli;

import dev.retort.compare.Comparison;
import dev.retort.compare.Difference;
import dev.retort.config.RetortConfig;
import dev.retort.lint.LintReport;
import dev.retort.workflow.CheckReport;
import dev.retort.workflow.CheckWorkflow;
import dev.retort.workflow.LintText;
import dev.retort.workflow.LintWorkflow;
import dev.retort.workflow.PendingContract;
import dev.retort.workflow.Project;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = {"Check that the revisions can be deployed onto the database, then compare the"
        + " entities with the database; without a configured database, with the revision history replayed into an"
        + " embedded PostgreSQL.",
        "Exit 0 when all is well; 1 when the entities and the database differ, printing every difference with its"
                + " reason; 4 when the database is not at the head; 5 when an applied revision's file was edited;"
                + " 6 when the revisions have several heads; 7 when the database records revisions the directory"
                + " cannot explain; 9 when all that passes but a pending revision has a lint finding no"
                + " -- retort:lint-ignore accepts (see lint)."})
final class CheckCommand implements Callable<Integer>, HasGlobalOptions {

    enum Format { text, json, sarif }

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

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
        CheckWorkflow.Outcome outcome;
        RetortConfig config;
        LintReport lint;
        try (Project project = Projects.open(globalOptions(), err)) {
            config = project.config();
            outcome = new CheckWorkflow(project).check(Projects.steps(globalOptions(), err));
            lint = new LintWorkflow(project).pending(outcome).orElse(null);
        } catch (Exception failure) {
            if (format != Format.text) {
                // Even a failure is a document on stdout; the one line on stderr and the exit code follow as ever.
                out.println(Json.value(format == Format.json ? failure(failure) : SarifLog.failure(failure)));
                out.flush();
            }
            throw failure;
        }
        outcome.problems().forEach(problem -> err.println("retort check: " + problem.message()));
        if (outcome.drift() != null) {
            outcome.drift().warnings().forEach(w -> err.println("retort check: warning: " + w));
        }
        int exitCode = exitCode(outcome, lint);
        // CI tooling reads stdout: json and sarif give it a document in every case, not an empty stream.
        if (format == Format.json) {
            out.println(Json.value(json(outcome, lint)));
        } else if (format == Format.sarif) {
            SarifLocations locations = new SarifLocations(
                    new EntitySources(config.projectDirectory(), config.entities().classpath()),
                    globalOptions().configFile());
            out.println(Json.value(SarifLog.of(outcome, exitCode, locations, lint)));
        } else {
            CheckReport.lines(outcome).forEach(out::println);
            if (lint != null && !lint.findings().isEmpty()) {
                LintText.lines(lint).forEach(out::println);
            }
        }
        return exitCode;
    }

    /**
     * The first problem's code, else 1 for drift, else 9 when a lint finding of the pending revisions is not
     * accepted, else 0: what keeps a deploy from working outranks what makes it risky.
     */
    static int exitCode(CheckWorkflow.Outcome outcome, LintReport lint) {
        if (!outcome.problems().isEmpty()) {
            return exitCode(outcome.problems().get(0).kind());
        }
        if (!outcome.agrees()) {
            return ExitCode.DRIFT;
        }
        return lint == null || lint.passes() ? ExitCode.OK : ExitCode.LINT;
    }

    static int exitCode(CheckWorkflow.ProblemKind kind) {
        return switch (kind) {
            case MULTIPLE_HEADS -> ExitCode.MULTIPLE_HEADS;
            case DIVERGED -> ExitCode.DIVERGED;
            case CHANGED -> ExitCode.CHANGED;
            case NOT_UP_TO_DATE -> ExitCode.NOT_UP_TO_DATE;
        };
    }

    /**
     * The report for CI and PR tooling: status (ok, drift, or the first problem's label), the first problem's
     * message, every problem, every difference, warnings, the applied and current revisions, and the heads.
     */
    private static Map<String, Object> json(CheckWorkflow.Outcome outcome, LintReport lint) {
        Map<String, Object> report = new LinkedHashMap<>();
        List<CheckWorkflow.Problem> problems = outcome.problems();
        if (!problems.isEmpty()) {
            report.put("status", problems.get(0).kind().label());
            report.put("message", problems.get(0).message());
        } else if (!outcome.drift().comparison().isEmpty()) {
            report.put("status", "drift");
        } else {
            report.put("status", lint == null || lint.passes() ? "ok" : "lint");
        }
        List<Object> problemList = new ArrayList<>();
        for (CheckWorkflow.Problem problem : problems) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("problem", problem.kind().label());
            entry.put("exitCode", exitCode(problem.kind()));
            entry.put("message", problem.message());
            entry.put("revisions", problem.revisions());
            problemList.add(entry);
        }
        report.put("problems", problemList);
        report.put("differences", outcome.drift() == null ? List.of() : differences(outcome));
        report.put("pending", outcome.drift() == null ? List.of() : pending(outcome));
        report.put("warnings", outcome.drift() == null ? List.of() : outcome.drift().warnings());
        if (outcome.drift() != null) {
            report.put("history", outcome.drift().basis().label());
        }
        report.put("applied", outcome.applied());
        report.put("current", List.copyOf(outcome.current()));
        report.put("heads", List.copyOf(outcome.heads()));
        if (lint != null) {
            report.put("lint", LintJson.report(lint, null));
        }
        return report;
    }

    /** The report of a check that could not run: status {@code error}, the exit code and the one-line message. */
    private static Map<String, Object> failure(Exception failure) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", "error");
        report.put("message", ErrorReporter.describe(failure));
        report.put("exitCode", ErrorReporter.exitCode(failure));
        report.put("problems", List.of());
        report.put("differences", List.of());
        report.put("warnings", List.of());
        return report;
    }

    /** The differences that are pending contract steps: not drift, each with the expand revision that left it. */
    private static List<Object> pending(CheckWorkflow.Outcome outcome) {
        List<Object> pending = new ArrayList<>();
        for (PendingContract.PendingChange change : outcome.drift().pending()) {
            for (Difference difference : change.change().differences()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("path", difference.path().toString());
                entry.put("category", difference.category().key());
                entry.put("description", difference.describe());
                entry.put("expandRevision", change.expand());
                pending.add(entry);
            }
        }
        return pending;
    }

    private static List<Object> differences(CheckWorkflow.Outcome outcome) {
        Comparison comparison = outcome.drift().comparison();
        List<Object> differences = new ArrayList<>();
        for (Difference difference : comparison.differences()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", difference.path().kind().label());
            entry.put("path", difference.path().toString());
            entry.put("schema", difference.path().owner().schema());
            entry.put("object", difference.path().owner().name());
            entry.put("member", difference.path().member());
            entry.put("aspect", difference.aspect().label());
            entry.put("from", difference.from());
            entry.put("to", difference.to());
            entry.put("reason", difference.reason());
            entry.put("category", difference.category().key());
            entry.put("origin", outcome.drift().provenance().originOf(difference.path()).orElse(null));
            entry.put("action", comparison.reported().contains(difference) ? "reported" : "operation");
            entry.put("cause", difference.cause().label());
            differences.add(entry);
        }
        return differences;
    }
}
