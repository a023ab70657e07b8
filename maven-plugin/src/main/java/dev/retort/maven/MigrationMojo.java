package dev.retort.maven;

import dev.retort.revisions.Interruption;
import dev.retort.workflow.DeployLog;
import dev.retort.workflow.MigrationWorkflow;
import dev.retort.workflow.Project;
import dev.retort.workflow.StepListener;
import java.time.Clock;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * upgrade and downgrade: on the configured database server, each revision in its own transaction, holding the
 * version table's lock, with the CLI's deploy log in Maven's.
 */
abstract class MigrationMojo extends RetortMojo {

    /** Migrate even when applied revisions were edited since. */
    @Parameter(property = "retort.allowChanged", defaultValue = "false")
    boolean allowChanged;

    /** Where to go: {@code retort.target}. */
    abstract String target();

    /** @param interruption requested when Maven's JVM is stopped meanwhile ({@link CancelOnShutdown}) */
    abstract MigrationWorkflow.Outcome migrate(MigrationWorkflow workflow, DeployLog log, Interruption interruption)
            throws Exception;

    @Override
    final void run() throws Exception {
        try (Project project = openServer(false)) {
            DeployLog log = new DeployLog(getLog()::info, name(), false, Clock.systemUTC(), StepListener.SILENT);
            Interruption interruption = new Interruption();
            MigrationWorkflow.Outcome outcome;
            try (CancelOnShutdown cancelling = CancelOnShutdown.install(interruption, name(), getLog()::warn)) {
                outcome = migrate(new MigrationWorkflow(project), log, interruption);
            }
            log.finished(outcome, target());
        }
    }
}
