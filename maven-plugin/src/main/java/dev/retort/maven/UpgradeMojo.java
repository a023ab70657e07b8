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
 * {@code mvn retort:upgrade}: applies the revisions up to {@code retort.target} (head by default; an id or unique
 * prefix, +N, heads) on the configured database server, each in its own transaction, holding the version table's
 * lock.
 */
@Mojo(name = "upgrade", threadSafe = true)
public class UpgradeMojo extends RetortMojo {

    /** head (default), an id or unique prefix, +N (N more), or heads. */
    @Parameter(property = "retort.target", defaultValue = "head")
    String target;

    /** Upgrade even when applied revisions were edited since. */
    @Parameter(property = "retort.allowChanged", defaultValue = "false")
    boolean allowChanged;

    @Override
    String name() {
        return "upgrade";
    }

    @Override
    void run() throws Exception {
        try (Project project = openServer(false)) {
            DeployLog log = new DeployLog(getLog()::info, "upgrade", false, Clock.systemUTC(), StepListener.SILENT);
            MigrationWorkflow.Outcome outcome = new MigrationWorkflow(project).upgrade(target, allowChanged, log,
                    new Interruption());
            log.finished(outcome, target);
        }
    }
}
