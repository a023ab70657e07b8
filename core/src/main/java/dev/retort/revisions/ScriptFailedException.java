package dev.retort.revisions;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A statement of a revision failed in the database. The message is {@code <file>:<line>: <PostgreSQL's message>},
 * e.g. {@code versions/3f2a9c1b7e4d_add_orders.sql:42: ERROR: column "foo" does not exist}; the line is the one
 * PostgreSQL points at when it gives a position, else the statement's first line.
 */
public final class ScriptFailedException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final transient SqlStatement statement;

    ScriptFailedException(Path file, SqlStatement statement, int line, String databaseMessage, SQLException cause) {
        super(file + ":" + line + ": " + databaseMessage, cause);
        this.file = file;
        this.line = line;
        this.statement = statement;
    }

    /** The same failure, with a sentence about what it left behind. */
    ScriptFailedException with(String leftBehind) {
        ScriptFailedException more = new ScriptFailedException(file, statement, line,
                getMessage().substring((file + ":" + line + ": ").length()) + "; " + leftBehind,
                (SQLException) getCause());
        return more;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The statement that failed. */
    public SqlStatement statement() {
        return statement;
    }
}
