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

@Command(name = "branches", description = "Show where the history forks: each revision that several revisions "
        + "build on, and those revisions.")
final class BranchesCommand implements Callable<Integer>, HasGlobalOptions {

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
        StatusWorkflow status = new StatusWorkflow(Projects.open(globalOptions()));
        List<String> heads = status.heads().stream().map(Revision::id).toList();
        PrintWriter out = spec.commandLine().getOut();
        List<StatusWorkflow.Branch> branches = status.branches();
        if (branches.isEmpty()) {
            out.println("No branches: every revision has at most one child.");
        }
        for (StatusWorkflow.Branch branch : branches) {
            out.println(branch.point().describe() + " branches into:");
            for (Revision child : branch.children()) {
                out.println("    -> " + child.id() + (heads.contains(child.id()) ? " (head)" : "") + ", "
                        + child.message());
            }
        }
        return ExitCode.OK;
    }
}
