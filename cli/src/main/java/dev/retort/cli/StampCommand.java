package dev.retort.cli;

import dev.retort.revisions.VersionTable;
import dev.retort.workflow.DeployLog;
import dev.retort.workflow.MigrationWorkflow;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stamp", description = {"Record REV (and everything below it) as applied, and nothing else, without "
        + "running any SQL.", "Several REVs record several branches. Stamping accepts edited files as they are now."})
final class StampCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "REV", description = "head, heads, base, an id or unique prefix.")
    List<String> targets;

    @Mixin
    LogOptions logOptions;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        DeployLog log = logOptions.log(globalOptions(), spec.commandLine().getOut(),
                spec.commandLine().getErr(), "stamp");
        MigrationWorkflow.StampOutcome outcome = new MigrationWorkflow(Projects.openServer(globalOptions(), "stamp"))
                .stamp(targets, log);
        VersionTable.StampResult changes = outcome.changes();
        changes.added().forEach(id -> log.line("stamped " + id + " as applied"));
        changes.removed().forEach(id -> log.line("unstamped " + id));
        changes.accepted().forEach(id -> log.line("accepted " + id + " as its file is now"));
        log.line("done: the database is now at " + DeployLog.revisions(outcome.current()));
        return ExitCode.OK;
    }
}
