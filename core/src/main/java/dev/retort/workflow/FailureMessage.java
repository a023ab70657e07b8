package dev.retort.workflow;

/**
 * The one line a face (the CLI, the Maven plugin) shows for a failure: retort's own exceptions carry messages written
 * for users and free of passwords, told as they are on one line; anything else is a bug and says so, with how to get
 * the stack trace in that face.
 */
public final class FailureMessage {

    private FailureMessage() {
    }

    /**
     * @param traceHint how this face shows the stack trace, completing "this is a bug: ... and report the stack
     *                  trace": {@code run again with --verbose} for the CLI, {@code run Maven again with -e} for the
     *                  plugin
     */
    public static String describe(Throwable exception, String traceHint) {
        if (isRetortOwn(exception)) {
            return oneLine(exception.getMessage());
        }
        return "unexpected " + exception.getClass().getSimpleName() + ": " + oneLine(exception.getMessage())
                + " (this is a bug: " + traceHint + " and report the stack trace)";
    }

    private static boolean isRetortOwn(Throwable exception) {
        String name = exception.getClass().getName();
        return name.startsWith("dev.retort.") && exception.getMessage() != null;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
