package dev.retort.maven;

import dev.retort.revisions.Revision;
import dev.retort.workflow.Project;
import dev.retort.workflow.StatusWorkflow;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code mvn retort:current}: the revision(s) the configured database server is at. */
@Mojo(name = "current", threadSafe = true)
public class CurrentMojo extends RetortMojo {

    @Override
    String name() {
        return "current";
    }

    @Override
    void run() throws Exception {
        try (Project project = openServer(false)) {
            StatusWorkflow status = new StatusWorkflow(project);
            StatusWorkflow.Current current = status.current();
            List<String> heads = status.heads().stream().map(Revision::id).toList();
            if (current.current().isEmpty() && current.unknown().isEmpty()) {
                getLog().info("base (no revision applied)");
            }
            for (Revision revision : current.current()) {
                getLog().info(revision.describe() + (heads.contains(revision.id()) ? " (head)" : ""));
            }
            for (String unknown : current.unknown()) {
                getLog().info(unknown + " (recorded as applied, but no revision file declares it)");
            }
        }
    }
}
