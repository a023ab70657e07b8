package dev.retort.cli;

import dev.retort.compare.Comparison;
import dev.retort.compare.Difference;
import dev.retort.schema.Provenance;
import dev.retort.workflow.CheckWorkflow;
import dev.retort.workflow.NotUpToDateException;
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

@Command(name = "check", description = {"Compare the entities with the database (which must be at the head); without a"
        + " configured database, with the revision history replayed into an embedded PostgreSQL.",
        "Exit 0 when they agree; 1 when they differ, printing every difference with its reason;"
                + " 4 when the database is not at the head."})
final class CheckCommand implements Callable<Integer>, HasGlobalOptions {

    enum Format { text, json }

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
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
        try (Project project = Projects.open(globalOptions(), err)) {
            outcome = new CheckWorkflow(project).check(Projects.steps(globalOptions(), err));
        } catch (NotUpToDateException e) {
            err.println("retort check: " + e.getMessage());
            if (format == Format.json) {
                // CI tooling reads stdout: it gets a document in every case, not an empty stream.
                out.println(Json.value(notUpToDate(e)));
            }
            return ExitCode.NOT_UP_TO_DATE;
        }
        outcome.drift().warnings().forEach(w -> err.println("retort check: warning: " + w));
        if (format == Format.json) {
            out.println(Json.value(json(outcome)));
        } else {
            text(outcome, out);
        }
        return outcome.agrees() ? ExitCode.OK : ExitCode.DRIFT;
    }

    private static void text(CheckWorkflow.Outcome outcome, PrintWriter out) {
        Comparison comparison = outcome.drift().comparison();
        if (comparison.isEmpty()) {
            out.println("No differences: the entities and the database agree.");
            return;
        }
        int operations = comparison.differences().size() - comparison.reported().size();
        out.println(comparison.differences().size() + " difference(s) between the entities and the database ("
                + operations + " would become SQL, " + comparison.reported().size() + " reported by policy):");
        Provenance provenance = outcome.drift().provenance();
        for (Difference difference : comparison.differences()) {
            String origin = provenance.originOf(difference.path()).map(o -> " [" + o + "]").orElse("");
            out.println("  " + difference.describe() + origin);
        }
    }

    private static Map<String, Object> notUpToDate(NotUpToDateException e) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", "not-up-to-date");
        report.put("message", e.getMessage());
        report.put("differences", List.of());
        return report;
    }

    private static Map<String, Object> json(CheckWorkflow.Outcome outcome) {
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
            entry.put("origin", outcome.drift().provenance().originOf(difference.path()).orElse(null));
            entry.put("action", comparison.reported().contains(difference) ? "reported" : "operation");
            differences.add(entry);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", comparison.isEmpty() ? "ok" : "drift");
        report.put("differences", differences);
        report.put("warnings", outcome.drift().warnings());
        report.put("applied", List.copyOf(outcome.applied()));
        report.put("heads", List.copyOf(outcome.heads()));
        return report;
    }
}
