package dev.retort.cli;

import dev.retort.revisions.AppliedRevision;
import dev.retort.revisions.Checksum;
import dev.retort.revisions.Revision;
import dev.retort.workflow.Project;
import dev.retort.workflow.StatusWorkflow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history", description = {"List the revisions, newest first.",
        "With --verbose, each revision's file and checksum, and its audit trail from the version table."})
final class HistoryCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--offline", description = "Do not ask the database which revisions it has applied (implied when"
            + " no database is configured).")
    boolean offline;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "FROM:TO", description = "Only the revisions from FROM up "
            + "to TO, both included; either side may be left out (base, heads). FROM or TO may be 'current'.")
    String range;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    private boolean askedDatabase;
    private boolean runByLiquibase;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Project project = Projects.open(globalOptions());
        // An embedded server would only say "at the heads": it is the history replayed.
        askedDatabase = !offline && !project.config().database().isEmbedded();
        runByLiquibase = project.runByLiquibase();
        StatusWorkflow status = new StatusWorkflow(project);
        for (StatusWorkflow.Entry entry : status.history(range, askedDatabase)) {
            out.println(entry.describe());
            if (globalOptions().verbose()) {
                audit(entry, out);
            }
        }
        return ExitCode.OK;
    }

    private void audit(StatusWorkflow.Entry entry, PrintWriter out) {
        Revision revision = entry.revision();
        out.println("    file " + relative(revision.file()) + ", checksum " + Checksum.abbreviate(revision.checksum())
                + ", created " + revision.created());
        AppliedRevision row = entry.applied();
        if (row == null) {
            out.println(askedDatabase ? "    not applied" : "    (the database was not asked)");
            return;
        }
        String when = row.appliedAt().truncatedTo(ChronoUnit.MILLIS).toString();
        if (runByLiquibase) {
            out.println("    applied " + when + " by Liquibase (DATABASECHANGELOG records no user)");
        } else if (row.fromBeforeAudit()) {
            out.println("    applied " + when + " by retort 0.1, which kept no audit trail");
        } else {
            out.println("    " + (row.stamped() ? "stamped " : "applied ") + when + " by database user " + row.dbUser()
                    + ", OS user " + (row.osUser() == null ? "unknown" : row.osUser())
                    + (row.durationMillis() == null ? "" : ", in " + row.durationMillis() + " ms")
                    + (row.retortVersion() == null ? "" : ", with retort " + row.retortVersion()));
        }
        if (entry.changed()) {
            out.println("    EDITED since: applied as checksum " + Checksum.abbreviate(row.checksum())
                    + ", the file has " + Checksum.abbreviate(revision.checksum()));
        }
    }

    private Path relative(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }
}
