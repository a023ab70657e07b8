package dev.retort.cli;

import dev.retort.workflow.LintText;
import dev.retort.workflow.LintWorkflow;
import dev.retort.workflow.NotUpToDateException;
import dev.retort.workflow.Project;
import dev.retort.workflow.RevisionPhase;
import dev.retort.workflow.RevisionReport;
import dev.retort.workflow.RevisionWorkflow;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--expand", description = "With --autogenerate, for a rolling deploy: write only what the running"
            + " (old) version of the application can live with (new tables and columns, widenings, relaxations) and"
            + " record the rest as pending (`retort pending`).")
    boolean expand;

    @Option(names = "--contract", description = "With --autogenerate: write the steps expand revisions left pending,"
            + " once no instance runs the old version; other changes are left for a normal revision.")
    boolean contract;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "With --autogenerate: rename instead of dropping"
            + " and adding, keeping the data: [schema.]table.column=new_column or [schema.]table=new_table"
            + " (repeatable; on top of revision.renames). A rename already applied is satisfied silently.")
    List<String> renames = new ArrayList<>();

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        if ((expand || contract) && !autogenerate || expand && contract) {
            throw new ParameterException(spec.commandLine(),
                    "--expand and --contract go with --autogenerate, one at a time");
        }
        try (Project project = Projects.open(globalOptions(), spec.commandLine().getErr())) {
            return call(project);
        }
    }

    private Integer call(Project project) throws Exception {
        RevisionPhase phase = expand ? RevisionPhase.EXPAND : contract ? RevisionPhase.CONTRACT
                : RevisionPhase.EVERYTHING;
        RevisionWorkflow workflow = new RevisionWorkflow(project, Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        RevisionWorkflow.Outcome outcome;
        try {
            outcome = autogenerate
                    ? workflow.autogenerate(message, withoutBaseline, phase, renames,
                            Projects.steps(globalOptions(), spec.commandLine().getErr()))
                    : workflow.empty(message);
        } catch (NotUpToDateException e) {
            spec.commandLine().getErr().println("retort revision: " + e.getMessage());
            return ExitCode.NOT_UP_TO_DATE;
        }
        RevisionReport.warnings(outcome).forEach(w -> spec.commandLine().getErr().println("retort revision: warning: "
                + w));
        RevisionReport.lines(outcome, project).forEach(out::println);
        if (autogenerate) {
            // Risks of the SQL just written, for its author to fix or accept before committing it; not a failure.
            new LintWorkflow(project).written(outcome.written() == null ? List.of() : outcome.allWritten())
                    .filter(report -> !report.findings().isEmpty())
                    .ifPresent(report -> LintText.lines(report).forEach(line -> spec.commandLine().getErr()
                            .println("retort revision: " + line)));
        }
        return ExitCode.OK;
    }
}
