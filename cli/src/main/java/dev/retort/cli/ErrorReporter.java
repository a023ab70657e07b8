package dev.retort.cli;

import dev.retort.revisions.LockTimeoutException;
import dev.retort.revisions.MultipleHeadsException;
import dev.retort.workflow.ChangedRevisionException;
import dev.retort.workflow.DivergedException;
import dev.retort.workflow.FailureMessage;
import dev.retort.workflow.MigrationInterruptedException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any failure into one line on stderr naming what failed and what to do, and exit code
 * {@link ExitCode#ERROR}, or a code of its own for the failures a deploy job must tell apart (several heads, an
 * edited applied revision, a database the revisions cannot explain, a lock held too long, a signal). A stack trace is
 * printed only with {@code --verbose}. The line is {@link FailureMessage}'s, the same as the Maven plugin's.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = commandLine.getCommand() instanceof HasGlobalOptions command
                && command.globalOptions().verbose();
        err.println("retort " + commandLine.getCommandName() + ": " + describe(exception));
        if (verbose) {
            exception.printStackTrace(err);
        }
        err.flush();
        return exitCode(exception);
    }

    static int exitCode(Exception exception) {
        if (exception instanceof MultipleHeadsException) {
            return ExitCode.MULTIPLE_HEADS;
        }
        if (exception instanceof ChangedRevisionException) {
            return ExitCode.CHANGED;
        }
        if (exception instanceof DivergedException) {
            return ExitCode.DIVERGED;
        }
        if (exception instanceof LockTimeoutException) {
            return ExitCode.LOCKED;
        }
        if (exception instanceof MigrationInterruptedException interrupted) {
            return ExitCode.forSignal(interrupted.signal());
        }
        return ExitCode.ERROR;
    }

    static String describe(Throwable exception) {
        return FailureMessage.describe(exception, "run again with --verbose");
    }
}
