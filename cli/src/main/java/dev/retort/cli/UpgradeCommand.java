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

@Command(name = "upgrade", description = {"Apply revisions up to TARGET, each in its own transaction.",
        "TARGET: head (default), an id or unique prefix, +N (N more), or heads."})
final class UpgradeCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "head", paramLabel = "TARGET")
    String target;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Revision> applied = new MigrationWorkflow(Projects.openServer(globalOptions(), "upgrade")).upgrade(target,
                (revision, up, millis) -> {
                    out.println("upgraded " + revision.id() + " " + revision.message() + " (" + millis + " ms)");
                    out.flush();
                });
        if (applied.isEmpty()) {
            out.println("Nothing to upgrade: the database is already at " + target + ".");
        }
        return ExitCode.OK;
    }
}
