package dev.retort.maven;

import dev.retort.compare.Difference;
import dev.retort.workflow.BaselineWorkflow;
import dev.retort.workflow.Project;
import dev.retort.workflow.StepListener;
import java.nio.file.Files;
import java.time.Clock;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:baseline}: adopts a database no revision explains — writes a first revision recording its
 * schema as it is, stamps it applied, and lists the differences from the entities accepted as they are.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class BaselineMojo extends RetortMojo {

    /** The revision's message. */
    @Parameter(property = "retort.message", defaultValue = "baseline")
    String message;

    @Override
    boolean writesRevisions() {
        return true;
    }

    @Override
    String name() {
        return "baseline";
    }

    @Override
    void run() throws Exception {
        BaselineWorkflow.Outcome outcome;
        try (Project project = openServer(true)) {
            Files.createDirectories(project.config().versionsDirectory());
            outcome = new BaselineWorkflow(project, Clock.systemUTC()).baseline(message, StepListener.SILENT);
        }
        outcome.warnings().forEach(w -> getLog().warn("retort baseline: " + w));
        getLog().info("Wrote " + outcome.revision().file() + " and stamped " + outcome.revision().id()
                + " as applied; accepted " + outcome.accepted().size() + " difference(s) as they are, listed in "
                + outcome.acceptedFile());
        outcome.notRebuilt().forEach(what -> getLog().info("  not recorded (retort cannot write it): " + what));
        if (!outcome.remaining().isEmpty()) {
            getLog().info(outcome.remaining().size() + " difference(s) the entities require remain;"
                    + " `mvn retort:revision -Dretort.message=...` writes them:");
            for (Difference difference : outcome.remaining()) {
                getLog().info("  " + difference.describe());
            }
        }
    }
}
