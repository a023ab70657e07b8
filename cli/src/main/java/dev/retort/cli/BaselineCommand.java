package dev.retort.cli;

import dev.retort.compare.Difference;
import dev.retort.workflow.BaselineWorkflow;
import dev.retort.workflow.Project;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "baseline", description = {"Adopt a database no revision explains: write a first revision that records"
        + " its schema as it is, stamp it applied, and list the differences between the entities and the database"
        + " that are accepted as they are (the database's wider types, stricter NOT NULLs, constraints, rules and"
        + " names of its own) in accepted-differences.tsv beside versions/.",
        "What the entities require that the database lacks stays a difference: `retort revision --autogenerate`"
                + " writes it next."})
final class BaselineCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--message"}, defaultValue = "baseline", description = "The revision's message (default:"
            + " baseline).")
    String message;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BaselineWorkflow.Outcome outcome;
        try (Project project = Projects.openServer(globalOptions(), "baseline")) {
            outcome = new BaselineWorkflow(project, Clock.systemUTC()).baseline(message,
                    Projects.steps(globalOptions(), err));
        }
        outcome.warnings().forEach(w -> err.println("retort baseline: warning: " + w));
        out.println("Wrote " + outcome.revision().file() + " (" + outcome.revision().upgrade().size()
                + " statements recording the schema as it is) and stamped " + outcome.revision().id() + " as applied");
        outcome.notRebuilt().forEach(what -> out.println("  not recorded (retort cannot write it): " + what));
        out.println("Accepted " + outcome.accepted().size() + " difference(s) as they are, listed in "
                + outcome.acceptedFile() + (outcome.accepted().isEmpty() ? "" : ":"));
        Map<String, Integer> byKind = new TreeMap<>();
        outcome.accepted().forEach(d -> byKind.merge(d.category().key(), 1, Integer::sum));
        byKind.forEach((kind, count) -> out.println("  " + kind + ": " + count));
        if (outcome.remaining().isEmpty()) {
            out.println("Nothing else differs: the entities and the database agree.");
        } else {
            out.println(outcome.remaining().size() + " difference(s) the entities require remain; `retort revision"
                    + " --autogenerate -m \"...\"` writes them:");
            for (Difference difference : outcome.remaining()) {
                out.println("  " + difference.describe());
            }
        }
        return ExitCode.OK;
    }
}
