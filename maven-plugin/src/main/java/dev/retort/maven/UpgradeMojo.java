package dev.retort.maven;

import dev.retort.revisions.Interruption;
import dev.retort.workflow.DeployLog;
import dev.retort.workflow.MigrationWorkflow;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn retort:upgrade}: applies the revisions up to {@code retort.target} (head by default; an id or unique
 * prefix, +N, heads) on the configured database server.
 */
@Mojo(name = "upgrade", threadSafe = true)
public class UpgradeMojo extends MigrationMojo {

    /** head (default), an id or unique prefix, +N (N more), or heads. */
    @Parameter(property = "retort.target", defaultValue = "head")
    String target;

    @Override
    String name() {
        return "upgrade";
    }

    @Override
    String target() {
        return target;
    }

    @Override
    MigrationWorkflow.Outcome migrate(MigrationWorkflow workflow, DeployLog log, Interruption interruption)
            throws Exception {
        return workflow.upgrade(target, allowChanged, log, interruption);
    }
}
