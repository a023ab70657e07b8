package dev.retort.reflect;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the PostgreSQL JDBC driver sends on this thread while it is open, read from the driver's own protocol
 * log (FINEST on {@code org.postgresql.core.v3.QueryExecutorImpl}). It sees every statement, including the
 * driver's internal ones and those SchemaCrawler runs, which a wrapper around the connection would miss.
 */
final class WireLog implements AutoCloseable {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    private final long threadId = Thread.currentThread().getId();
    private final Level previousLevel = DRIVER.getLevel();
    private final List<String> executions = new ArrayList<>();
    private final List<String> parsed = new ArrayList<>();
    private int pings;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLongThreadID() != threadId || record.getMessage() == null) {
                return;
            }
            String message = record.getParameters() == null ? record.getMessage()
                    : MessageFormat.format(record.getMessage(), record.getParameters());
            synchronized (executions) {
                if (message.contains("FE=> Execute(")) {
                    executions.add(message.strip());
                } else if (message.contains("FE=> SimpleQuery(query=\"\")")) {
                    pings++;
                } else if (message.contains("FE=> Parse(") || message.contains("FE=> SimpleQuery(")) {
                    parsed.add(message.strip());
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    WireLog() {
        handler.setLevel(Level.ALL);
        DRIVER.setLevel(Level.FINEST);
        DRIVER.addHandler(handler);
    }

    /** How many statements were executed (one Execute message each). */
    int statements() {
        synchronized (executions) {
            return executions.size();
        }
    }

    /** Empty queries: how the driver answers Connection.isValid, which SchemaCrawler calls for every retriever. */
    int pings() {
        synchronized (executions) {
            return pings;
        }
    }

    /** The text of each statement parsed (or sent as a simple query), as the driver logged it. */
    List<String> parsedStatements() {
        synchronized (executions) {
            return List.copyOf(parsed);
        }
    }

    @Override
    public void close() {
        DRIVER.removeHandler(handler);
        DRIVER.setLevel(previousLevel);
    }
}
