package dev.retort.revisions;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Runs revision scripts on a connection inside a transaction the caller opened (auto-commit off), and records the
 * result in the version table within that same transaction. It never commits or rolls back: on failure the caller
 * rolls back, and the revision's statements and its version-table row vanish together.
 */
public final class ScriptRunner {

    private final VersionTable versionTable;

    public ScriptRunner(VersionTable versionTable) {
        this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
    }

    /** Runs the revision's upgrade statements, then records it as applied. */
    public void upgrade(Connection connection, Revision revision) throws SQLException {
        run(connection, revision.file(), revision.upgrade());
        versionTable.markApplied(connection, revision.id());
    }

    /** Runs the revision's downgrade statements, then records it as no longer applied. */
    public void downgrade(Connection connection, Revision revision) throws SQLException {
        run(connection, revision.file(), revision.downgrade());
        versionTable.markUnapplied(connection, revision.id());
    }

    /**
     * Runs the statements in order; {@code file} names them in errors.
     *
     * @throws ScriptFailedException when a statement fails
     * @throws IllegalStateException when the connection is in auto-commit mode, where a failure half-way would
     *                               leave half a revision applied
     * @throws SQLException          when the connection itself fails outside a statement
     */
    public static void run(Connection connection, Path file, Script script) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("revision scripts run inside the caller's transaction: turn auto-commit "
                    + "off before running " + file);
        }
        try (Statement statement = connection.createStatement()) {
            // JDBC escapes ({fn ...}, {d '...'}) are not PostgreSQL: send the text exactly as the file has it.
            statement.setEscapeProcessing(false);
            for (SqlStatement sql : script.statements()) {
                try {
                    statement.execute(sql.sql());
                } catch (SQLException e) {
                    throw failure(file, sql, e);
                }
            }
        }
    }

    private static ScriptFailedException failure(Path file, SqlStatement statement, SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        if (server == null || server.getMessage() == null) {
            return new ScriptFailedException(file, statement.line(), firstLine(e.getMessage()), e);
        }
        StringBuilder message = new StringBuilder(server.getSeverity()).append(": ").append(server.getMessage());
        if (server.getDetail() != null) {
            message.append(" DETAIL: ").append(server.getDetail());
        }
        if (server.getHint() != null) {
            message.append(" HINT: ").append(server.getHint());
        }
        int line = statement.line() + lineBreaksBefore(statement.sql(), server.getPosition());
        return new ScriptFailedException(file, line, oneLine(message.toString()), e);
    }

    /** PostgreSQL's position is a 1-based character (code point) index into the statement; 0 means none. */
    private static int lineBreaksBefore(String sql, int position) {
        if (position <= 0) {
            return 0;
        }
        int end = sql.offsetByCodePoints(0, Math.min(position - 1, sql.codePointCount(0, sql.length())));
        int breaks = 0;
        for (int i = 0; i < end; i++) {
            if (sql.charAt(i) == '\n') {
                breaks++;
            }
        }
        return breaks;
    }

    private static String firstLine(String message) {
        return message == null ? "statement failed" : oneLine(message.strip().split("\\R", 2)[0]);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
