package dev.retort.cli;

import dev.retort.revisions.Revision;
import dev.retort.workflow.StatusWorkflow;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "heads", description = "Show the revisions nothing builds on yet.")
final class HeadsCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        for (Revision head : new StatusWorkflow(Projects.open(globalOptions())).heads()) {
            spec.commandLine().getOut().println(head.describe() + " (head)");
        }
        return ExitCode.OK;
    }
}
