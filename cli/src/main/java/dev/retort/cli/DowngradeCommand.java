package dev.retort.cli;

import dev.retort.revisions.Revision;
import dev.retort.workflow.MigrationWorkflow;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "downgrade", description = {"Revert applied revisions down to TARGET, each in its own transaction.",
        "TARGET: -N (N fewer), base (everything), or an id/prefix to stay at."})
final class DowngradeCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET")
    String target;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Revision> reverted = new MigrationWorkflow(Projects.openServer(globalOptions(), "downgrade")).downgrade(target,
                (revision, up, millis) -> {
                    out.println("downgraded " + revision.id() + " " + revision.message() + " (" + millis + " ms)");
                    out.flush();
                });
        if (reverted.isEmpty()) {
            out.println("Nothing to downgrade: the database is already at " + target + ".");
        }
        return ExitCode.OK;
    }
}
