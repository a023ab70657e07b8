package dev.retort.cli;

import dev.retort.workflow.Project;
import dev.retort.workflow.StatusWorkflow;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history", description = "List the revisions, newest first.")
final class HistoryCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--offline", description = "Do not ask the database which revision it is at (implied when no"
            + " database is configured).")
    boolean offline;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        Project project = Projects.open(globalOptions());
        // An embedded server would only say "at the heads": it is the history replayed.
        boolean askDatabase = !offline && !project.config().database().isEmbedded();
        for (StatusWorkflow.Entry entry : new StatusWorkflow(project).history(askDatabase)) {
            spec.commandLine().getOut().println(entry.describe());
        }
        return ExitCode.OK;
    }
}
