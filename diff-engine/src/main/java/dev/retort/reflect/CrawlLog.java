package dev.retort.reflect;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * SchemaCrawler's log while one crawl runs on the current thread. SchemaCrawler swallows many retrieval
 * errors (a failed constraint, sequence or view query is logged as a WARNING and the crawl goes on with
 * nothing read), so the reflector collects those warnings and fails instead of returning a model with holes.
 * It also keeps SchemaCrawler's INFO chatter out of the user's console, unless logging was configured for it.
 */
final class CrawlLog implements AutoCloseable {

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final List<Logger> SCHEMACRAWLER_LOGGERS =
            List.of(Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi"));

    static {
        for (Logger logger : SCHEMACRAWLER_LOGGERS) {
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
        }
    }

    private final long threadId = Thread.currentThread().getId();
    private final List<String> warnings = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue() && record.getLongThreadID() == threadId) {
                synchronized (warnings) {
                    warnings.add(describe(record));
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

    private CrawlLog() {
        for (Logger logger : SCHEMACRAWLER_LOGGERS) {
            logger.addHandler(handler);
        }
    }

    static CrawlLog capture() {
        return new CrawlLog();
    }

    /** The first warning SchemaCrawler logged on this thread since the capture began, or null. */
    String firstWarning() {
        synchronized (warnings) {
            return warnings.isEmpty() ? null : warnings.get(0);
        }
    }

    /**
     * The database's own error when there is one ("ERROR: permission denied for table pg_sequence"), else the
     * logged message; one line either way.
     */
    private static String describe(LogRecord record) {
        String message = record.getMessage() == null ? record.getLevel().getName() : firstLine(record.getMessage());
        Throwable root = record.getThrown();
        if (root == null) {
            return message;
        }
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? message : firstLine(root.getMessage());
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }

    @Override
    public void close() {
        for (Logger logger : SCHEMACRAWLER_LOGGERS) {
            logger.removeHandler(handler);
        }
    }
}
