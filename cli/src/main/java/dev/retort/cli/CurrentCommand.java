package dev.retort.cli;

import dev.retort.revisions.Revision;
import dev.retort.workflow.StatusWorkflow;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "current", description = "Show the revision(s) the database is at.")
final class CurrentCommand implements Callable<Integer>, HasGlobalOptions {

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
        StatusWorkflow status = new StatusWorkflow(Projects.openServer(globalOptions(), "current"));
        StatusWorkflow.Current current = status.current();
        List<String> heads = status.heads().stream().map(Revision::id).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (current.current().isEmpty() && current.unknown().isEmpty()) {
            out.println("base (no revision applied)");
        }
        for (Revision revision : current.current()) {
            out.println(revision.describe() + (heads.contains(revision.id()) ? " (head)" : ""));
        }
        for (String unknown : current.unknown()) {
            out.println(unknown + " (recorded as applied, but no revision file declares it)");
        }
        return ExitCode.OK;
    }
}
