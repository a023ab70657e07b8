package dev.retort.cli;

import dev.retort.compare.Difference;
import dev.retort.flyway.FlywayFileName;
import dev.retort.revisions.Revision;
import dev.retort.workflow.NotUpToDateException;
import dev.retort.workflow.Project;
import dev.retort.workflow.RevisionWorkflow;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "revision", description = {"Write a new revision file on top of the head.",
        "With --autogenerate, its upgrade and downgrade SQL come from comparing the entities with the database"
                + " (which must be at the head; without a configured database, the revision history replayed into"
                + " an embedded PostgreSQL); without it, the revision is empty, to fill in by hand."})
final class RevisionCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does.")
    String message;

    @Option(names = "--autogenerate", description = "Fill the revision from the differences between entities and database.")
    boolean autogenerate;

    @Option(names = "--without-baseline", description = "With --autogenerate, on a database no revision explains:"
            + " compare with the database alone (only what the entities positively say becomes SQL) instead of"
            + " asking for `retort baseline`.")
    boolean withoutBaseline;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        try (Project project = Projects.open(globalOptions(), spec.commandLine().getErr())) {
            return call(project);
        }
    }

    private Integer call(Project project) throws Exception {
        RevisionWorkflow workflow = new RevisionWorkflow(project, Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        RevisionWorkflow.Outcome outcome;
        try {
            outcome = autogenerate
                    ? workflow.autogenerate(message, withoutBaseline,
                            Projects.steps(globalOptions(), spec.commandLine().getErr()))
                    : workflow.empty(message);
        } catch (NotUpToDateException e) {
            spec.commandLine().getErr().println("retort revision: " + e.getMessage());
            return ExitCode.NOT_UP_TO_DATE;
        }
        if (outcome.drift() != null) {
            outcome.drift().warnings().forEach(w -> spec.commandLine().getErr().println("retort revision: warning: " + w));
            for (Difference reported : outcome.drift().comparison().reported()) {
                out.println("reported, not turned into SQL: " + reported.describe());
            }
        }
        if (outcome.written() == null) {
            boolean reported = !outcome.drift().comparison().reported().isEmpty();
            out.println(reported
                    ? "No changes to write: the differences above are reported only (drift, or what the database"
                            + " holds beyond the entities; kind in brackets, see retort.<kind>); no revision written."
                    : "No changes: the entities and the database agree; no revision written.");
            return ExitCode.OK;
        }
        outcome.hazards().forEach(hazard -> spec.commandLine().getErr().println("retort revision: warning: "
                + hazard));
        for (Revision written : outcome.allWritten()) {
            int statements = written.upgrade().size();
            out.println("Wrote " + written.file() + " (" + statements + " upgrade statement"
                    + (statements == 1 ? "" : "s") + ", " + (outcome.allWritten().size() == 1 ? outcome.destructive()
                    : written.upgrade().destructive()) + " destructive"
                    + (written.upgrade().isTransactional() ? "" : ", run outside a transaction: see its .conf")
                    + ")");
            if (project.runByFlyway()) {
                int undo = written.downgrade().size();
                out.println("Wrote " + FlywayFileName.undoBeside(written.file()) + " (its undo script, " + undo
                        + " statement" + (undo == 1 ? "" : "s") + ": for flyway undo, or to apply by hand)");
            }
        }
        if (project.runByLiquibase()) {
            out.println("Included from " + project.liquibaseChangeLog().masterFile() + " (its --rollback lines are the"
                    + " downgrade): liquibase update, or the application's start, applies it");
        }
        return ExitCode.OK;
    }
}
