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

    abstract MigrationWorkflow.Outcome migrate(MigrationWorkflow workflow, DeployLog log) throws Exception;

    @Override
    final void run() throws Exception {
        try (Project project = openServer(false)) {
            DeployLog log = new DeployLog(getLog()::info, name(), false, Clock.systemUTC(), StepListener.SILENT);
            MigrationWorkflow.Outcome outcome = migrate(new MigrationWorkflow(project), log);
            log.finished(outcome, target());
        }
    }

    /**
     * Never requested: unlike the CLI, a goal does not handle signals. On Ctrl-C Maven's JVM exits, and PostgreSQL rolls
     * the open revision's transaction back once it sees the connection gone.
     */
    static Interruption uninterrupted() {
        return new Interruption();
    }
}
