package dev.retort.maven;

import dev.retort.workflow.PendingWorkflow;
import dev.retort.workflow.Project;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn retort:pending}: the contract steps that expand revisions ({@code -Dretort.expand}) left and no
 * contract revision completed yet, each with the expand revision it came from. Reads the revision files only.
 */
@Mojo(name = "pending", threadSafe = true)
public class PendingMojo extends RetortMojo {

    @Override
    String name() {
        return "pending";
    }

    @Override
    void run() throws Exception {
        try (Project project = openProject(false)) {
            PendingWorkflow.lines(new PendingWorkflow(project).pending()).forEach(getLog()::info);
        }
    }
}
