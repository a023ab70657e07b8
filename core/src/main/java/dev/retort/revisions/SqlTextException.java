package dev.retort.revisions;

/** PostgreSQL text that cannot be split into statements: something opened at {@link #line()} is never closed. */
final class SqlTextException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String problem;

    SqlTextException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
        this.problem = problem;
    }

    int line() {
        return line;
    }

    String problem() {
        return problem;
    }
}
