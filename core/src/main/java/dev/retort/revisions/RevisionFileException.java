package dev.retort.revisions;

import java.nio.file.Path;

/**
 * A revision file cannot be read as one: its message is {@code <file>:<line>: <what is wrong>}, e.g.
 * {@code versions/3f2a9c1b7e4d_add_orders.sql:1: missing '-- retort:revision' header}, or {@code <file>: <what is
 * wrong>} when no line is to blame.
 */
public final class RevisionFileException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    public RevisionFileException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public RevisionFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.line = 0;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line to blame, or 0 when the problem is the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
