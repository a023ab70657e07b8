package dev.retort.maven;

import dev.retort.revisions.Interruption;
import dev.retort.workflow.DeployLog;
import dev.retort.workflow.MigrationWorkflow;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn retort:downgrade -Dretort.target=-1}: reverts applied revisions down to the target (-N for N fewer,
 * base for everything, or an id or prefix to stay at) on the configured database server.
 */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends MigrationMojo {

    /** -N (N fewer), base (everything), or an id or prefix to stay at. */
    @Parameter(property = "retort.target", required = true)
    String target;

    @Override
    String name() {
        return "downgrade";
    }

    @Override
    String target() {
        return target;
    }

    @Override
    MigrationWorkflow.Outcome migrate(MigrationWorkflow workflow, DeployLog log, Interruption interruption)
            throws Exception {
        return workflow.downgrade(target, allowChanged, log, interruption);
    }
}
