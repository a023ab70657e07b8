package dev.retort.cli;

import dev.retort.revisions.Interruption;
import dev.retort.workflow.DeployLog;
import dev.retort.workflow.MigrationWorkflow;
import dev.retort.workflow.OfflineSqlWorkflow;
import dev.retort.workflow.Project;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "downgrade", description = {"Revert applied revisions down to TARGET, each in its own transaction, "
        + "holding the version table's lock.",
        "TARGET: -N (N fewer), base (everything), or an id/prefix to stay at.",
        "With --sql, print the SQL instead, touching no database: TARGET is FROM:TO, e.g. head:base or head:-1."})
final class DowngradeCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (for review, or psql -v "
            + "ON_ERROR_STOP=1 -f).")
    boolean sql;

    @Option(names = "--allow-changed", description = "Downgrade even when applied revisions were edited since.")
    boolean allowChanged;

    @Mixin
    LogOptions logOptions;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        if (sql) {
            Range range = Range.parse(target, null, spec);
            PrintWriter out = spec.commandLine().getOut();
            out.print(new OfflineSqlWorkflow(Projects.open(globalOptions())).downgrade(range.from(), range.to()));
            out.flush(); // print() does not flush, and main() exits right after
            return ExitCode.OK;
        }
        DeployLog log = logOptions.log(globalOptions(), spec.commandLine().getOut(),
                spec.commandLine().getErr(), "downgrade");
        MigrationWorkflow workflow = new MigrationWorkflow(Projects.openServer(globalOptions(), "downgrade"));
        Interruption interruption = new Interruption();
        MigrationWorkflow.Outcome outcome;
        try (CancelOnSignal signals = CancelOnSignal.install(interruption, spec.commandLine().getErr(), "downgrade")) {
            outcome = workflow.downgrade(target, allowChanged, log, interruption);
        }
        log.finished(outcome, target);
        return ExitCode.OK;
    }
}
