package dev.retort.cli;

import dev.retort.workflow.MigrationWorkflow;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stamp", description = "Record REV (and everything below it) as applied, without running any SQL.")
final class StampCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REV", description = "head, base, an id or unique prefix.")
    String target;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        Set<String> current = new MigrationWorkflow(Projects.openServer(globalOptions(), "stamp")).stamp(target);
        spec.commandLine().getOut().println("stamped: the database is now at "
                + (current.isEmpty() ? "base" : String.join(", ", current)));
        return ExitCode.OK;
    }
}
