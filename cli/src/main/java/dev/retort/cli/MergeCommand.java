package dev.retort.cli;

import dev.retort.workflow.RevisionWorkflow;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "merge", description = "Write an empty revision that joins two or more heads into one.")
final class MergeCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--message"}, required = true, description = "What the merge joins.")
    String message;

    @Parameters(arity = "1..*", paramLabel = "REV", description = "The revisions to join (ids, prefixes, or heads).")
    List<String> revisions;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        RevisionWorkflow.Outcome outcome = new RevisionWorkflow(Projects.open(globalOptions()), Clock.systemUTC())
                .merge(message, revisions);
        spec.commandLine().getOut().println("Wrote " + outcome.written().file());
        return ExitCode.OK;
    }
}
