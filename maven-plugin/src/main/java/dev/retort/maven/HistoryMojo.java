package dev.retort.maven;

import dev.retort.workflow.Project;
import dev.retort.workflow.StatusWorkflow;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn retort:history}: the revisions, newest first, each marked applied or not when a database server is
 * configured.
 */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends RetortMojo {

    /** Only the revisions from FROM up to TO, both included (FROM:TO; either side may be left out). */
    @Parameter(property = "retort.range")
    String range;

    @Override
    String name() {
        return "history";
    }

    @Override
    void run() throws Exception {
        try (Project project = openProject(false)) {
            // An embedded server would only say "at the heads": it is the history replayed.
            boolean askDatabase = !project.config().database().isEmbedded();
            for (StatusWorkflow.Entry entry : new StatusWorkflow(project).history(range, askDatabase)) {
                getLog().info(entry.describe());
            }
        }
    }
}
