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

@Command(name = "upgrade", description = {"Apply revisions up to TARGET, each in its own transaction, holding the "
        + "version table's lock (other retort processes wait, then apply only what is left).",
        "TARGET: head (default), an id or unique prefix, +N (N more), or heads.",
        "With --sql, print the SQL from FROM (default base) to TO instead, touching no database: TARGET is [FROM:]TO."})
final class UpgradeCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "head", paramLabel = "TARGET")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (for review, or psql -v "
            + "ON_ERROR_STOP=1 -f).")
    boolean sql;

    @Option(names = "--allow-changed", description = "Upgrade even when applied revisions were edited since.")
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
            Range range = Range.parse(target, "base", spec);
            PrintWriter out = spec.commandLine().getOut();
            out.print(new OfflineSqlWorkflow(Projects.open(globalOptions())).upgrade(range.from(), range.to()));
            out.flush(); // print() does not flush, and main() exits right after
            return ExitCode.OK;
        }
        DeployLog log = logOptions.log(globalOptions(), spec.commandLine().getOut(),
                spec.commandLine().getErr(), "upgrade");
        MigrationWorkflow workflow = new MigrationWorkflow(Projects.openServer(globalOptions(), "upgrade"));
        Interruption interruption = new Interruption();
        MigrationWorkflow.Outcome outcome;
        try (CancelOnSignal signals = CancelOnSignal.install(interruption, spec.commandLine().getErr(), "upgrade")) {
            outcome = workflow.upgrade(target, allowChanged, log, interruption);
        }
        log.finished(outcome, target);
        return ExitCode.OK;
    }
}
