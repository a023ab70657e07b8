package dev.retort.dialect.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/** Statements in the normalizer's transaction; a failing one is undone alone, so the caller can find its cause. */
final class ScratchSession {

    private final Connection connection;

    ScratchSession(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    void run(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs the statement inside a savepoint: {@code null} when it worked, else PostgreSQL's error (undone). */
    SQLException attempt(String sql) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.releaseSavepoint(savepoint);
            return null;
        } catch (SQLException failure) {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
            return failure;
        }
    }

    static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
