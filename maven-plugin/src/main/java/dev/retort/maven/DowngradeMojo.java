package dev.retort.maven;

import dev.retort.revisions.Interruption;
import dev.retort.workflow.DeployLog;
import dev.retort.workflow.MigrationWorkflow;
import dev.retort.workflow.Project;
import dev.retort.workflow.StepListener;
import java.time.Clock;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn retort:downgrade -Dretort.target=-1}: reverts applied revisions down to the target (-N for N fewer,
 * base for everything, or an id or prefix to stay at) on the configured database server, each in its own
 * transaction, holding the version table's lock.
 */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends RetortMojo {

    /** -N (N fewer), base (everything), or an id or prefix to stay at. */
    @Parameter(property = "retort.target", required = true)
    String target;

    /** Downgrade even when applied revisions were edited since. */
    @Parameter(property = "retort.allowChanged", defaultValue = "false")
    boolean allowChanged;

    @Override
    String name() {
        return "downgrade";
    }

    @Override
    void run() throws Exception {
        try (Project project = openServer(false)) {
            DeployLog log = new DeployLog(getLog()::info, "downgrade", false, Clock.systemUTC(),
                    StepListener.SILENT);
            MigrationWorkflow.Outcome outcome = new MigrationWorkflow(project).downgrade(target, allowChanged, log,
                    new Interruption());
            log.finished(outcome, target);
        }
    }
}
