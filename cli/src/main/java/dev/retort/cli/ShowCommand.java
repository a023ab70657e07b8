package dev.retort.cli;

import dev.retort.workflow.StatusWorkflow;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", description = "Print a revision file.")
final class ShowCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REV", description = "head, an id or unique prefix.")
    String revision;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.print(new StatusWorkflow(Projects.open(globalOptions())).show(revision));
        out.flush(); // print() does not flush, and main() exits right after: the file would be lost
        return ExitCode.OK;
    }
}
