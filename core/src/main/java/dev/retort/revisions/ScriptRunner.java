package dev.retort.revisions;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Objects;

/**
 * Applies and reverts revisions on a connection, recording each in the version table. A revision without a
 * {@code -- retort:no-transaction} block runs in one transaction together with its version-table row: both happen or
 * neither does. With such a block, each transactional run of statements commits on its own, the block's statements
 * run one by one outside any transaction, and the row is written in the last transaction; a failure after something
 * was committed is a {@link PartlyAppliedException}. An {@link Interruption} cancels the statement in flight and
 * starts no other; what it stopped fails like a failed statement, so the same guarantees hold.
 */
public final class ScriptRunner {

    /** For callers that nothing interrupts: never armed, so never requested. */
    private static final Interruption UNINTERRUPTED = new Interruption();

    private final VersionTable versionTable;
    private final AppliedBy appliedBy;
    private final Interruption interruption;

    public ScriptRunner(VersionTable versionTable, AppliedBy appliedBy) {
        this(versionTable, appliedBy, UNINTERRUPTED);
    }

    public ScriptRunner(VersionTable versionTable, AppliedBy appliedBy, Interruption interruption) {
        this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
        this.appliedBy = Objects.requireNonNull(appliedBy, "appliedBy");
        this.interruption = Objects.requireNonNull(interruption, "interruption");
    }

    /**
     * Runs the revision's upgrade statements and records it as applied, with its checksum and duration.
     *
     * @return how long it took, in milliseconds
     * @throws ScriptFailedException  when a statement fails and nothing of the revision stays committed
     * @throws PartlyAppliedException when a statement fails after statements of a no-transaction block committed
     * @throws IllegalStateException  when the connection is not in auto-commit mode: the runner opens its own
     *                                transactions
     */
    public long upgrade(Connection connection, Revision revision) throws SQLException {
        return apply(connection, revision, revision.upgrade(), true);
    }

    /** Runs the revision's downgrade statements and removes its row; see {@link #upgrade}. */
    public long downgrade(Connection connection, Revision revision) throws SQLException {
        return apply(connection, revision, revision.downgrade(), false);
    }

    private long apply(Connection connection, Revision revision, Script script, boolean upgrade) throws SQLException {
        if (!connection.getAutoCommit()) {
            throw new IllegalStateException("the script runner opens its own transactions: turn auto-commit on "
                    + "before running " + revision.file());
        }
        long start = System.nanoTime();
        List<Script.Block> blocks = script.blocks();
        List<SqlStatement> committed = new ArrayList<>();
        boolean recorded = false;
        try {
            for (int i = 0; i < blocks.size(); i++) {
                Script.Block block = blocks.get(i);
                if (!block.transactional()) {
                    for (SqlStatement statement : block.statements()) {
                        executeNamingInvalidIndexes(connection, revision.file(), statement, interruption);
                        committed.add(statement);
                    }
                    continue;
                }
                boolean last = i == blocks.size() - 1;
                inTransaction(connection, () -> {
                    for (SqlStatement statement : block.statements()) {
                        execute(connection, revision.file(), statement, interruption);
                    }
                    requireNotInterrupted(revision.file(), block.statements());
                    if (last) {
                        record(connection, revision, upgrade, start);
                    }
                });
                committed.addAll(block.statements());
                recorded = last;
            }
        } catch (ScriptFailedException failed) {
            ScriptFailedException e = namingLockHolders(connection, failed);
            if (committed.isEmpty()) {
                throw e;
            }
            throw new PartlyAppliedException(revision, upgrade, e, committed, notRun(script, committed, e));
        }
        if (!recorded) {
            inTransaction(connection, () -> record(connection, revision, upgrade, start));
        }
        return millisSince(start);
    }

    /** A statement that gave up on lock_timeout names what it waited for; the transaction is rolled back by now. */
    private static ScriptFailedException namingLockHolders(Connection connection, ScriptFailedException e) {
        if (!(e.getCause() instanceof SQLException sql) || !LockWaits.LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
            return e;
        }
        return e.with(LockWaits.describe(connection, e.statement().sql()));
    }

    private void record(Connection connection, Revision revision, boolean upgrade, long start) throws SQLException {
        if (upgrade) {
            versionTable.markApplied(connection, revision.id(), revision.checksum(), millisSince(start), appliedBy);
        } else {
            versionTable.markUnapplied(connection, revision.id());
        }
    }

    /** Every statement that is neither committed nor the failing one (a rolled-back statement did not run). */
    private static List<SqlStatement> notRun(Script script, List<SqlStatement> committed, ScriptFailedException e) {
        List<SqlStatement> rest = new ArrayList<>(script.statements());
        rest.removeAll(committed);
        rest.remove(e.statement());
        return rest;
    }

    /**
     * Runs the statements in order inside the caller's transaction; {@code file} names them in errors.
     *
     * @throws ScriptFailedException when a statement fails
     * @throws IllegalStateException when the connection is in auto-commit mode, where a failure half-way would
     *                               leave half a revision applied
     */
    public static void run(Connection connection, Path file, Script script) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("revision scripts run inside the caller's transaction: turn auto-commit "
                    + "off before running " + file);
        }
        for (SqlStatement sql : script.statements()) {
            execute(connection, file, sql, UNINTERRUPTED);
        }
    }

    /**
     * A statement outside a transaction: when it fails, a {@code CREATE INDEX CONCURRENTLY} (or {@code REINDEX
     * CONCURRENTLY}) leaves an invalid index behind, which the next attempt trips over; the message names it.
     */
    private static void executeNamingInvalidIndexes(Connection connection, Path file, SqlStatement sql,
                                                    Interruption interruption) throws SQLException {
        Set<String> before = invalidIndexes(connection);
        try {
            execute(connection, file, sql, interruption);
        } catch (ScriptFailedException e) {
            Set<String> left = new TreeSet<>(invalidIndexes(connection));
            left.removeAll(before);
            if (left.isEmpty()) {
                throw e;
            }
            throw e.with("it left the invalid index " + String.join(", ", left) + " behind: drop it (DROP INDEX "
                    + "CONCURRENTLY " + String.join(", ", left) + ") before running it again");
        }
    }

    /** The invalid indexes of this database, schema-qualified as PostgreSQL prints a regclass. */
    private static Set<String> invalidIndexes(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("select i.indexrelid::regclass::text from"
                     + " pg_catalog.pg_index i where not i.indisvalid")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static void execute(Connection connection, Path file, SqlStatement sql, Interruption interruption)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // JDBC escapes ({fn ...}, {d '...'}) are not PostgreSQL: send the text exactly as the file has it.
            statement.setEscapeProcessing(false);
            if (!interruption.starting(statement)) {
                throw new ScriptFailedException(file, sql, sql.line(), "not started: retort was interrupted", null);
            }
            statement.execute(sql.sql());
        } catch (SQLException e) {
            throw failure(file, sql, e);
        } finally {
            interruption.finished();
        }
    }

    /**
     * An interruption that came after a transaction's last statement ended must still roll it back: the user was
     * told nothing more would be committed. The transaction that only records a revision whose statements all ran
     * outside a transaction has no statements, and commits: what it records is then true.
     */
    private void requireNotInterrupted(Path file, List<SqlStatement> statements) {
        if (interruption.requested() && !statements.isEmpty()) {
            SqlStatement last = statements.get(statements.size() - 1);
            throw new ScriptFailedException(file, last, last.line(), "not committed: retort was interrupted", null);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    /** One transaction; the connection is back in auto-commit mode afterwards, whatever happened. */
    private static void inTransaction(Connection connection, Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static ScriptFailedException failure(Path file, SqlStatement statement, SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        if (server == null || server.getMessage() == null) {
            return new ScriptFailedException(file, statement, statement.line(), firstLine(e.getMessage()), e);
        }
        StringBuilder message = new StringBuilder(server.getSeverity()).append(": ").append(server.getMessage());
        if (server.getDetail() != null) {
            message.append(" DETAIL: ").append(server.getDetail());
        }
        if (server.getHint() != null) {
            message.append(" HINT: ").append(server.getHint());
        }
        int line = statement.line() + lineBreaksBefore(statement.sql(), server.getPosition());
        return new ScriptFailedException(file, statement, line, oneLine(message.toString()), e);
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
