package dev.retort.scanner;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences Hibernate for the length of a scan. Hibernate logs through jboss-logging, which (with no log4j2,
 * logback or JBoss LogManager on the classpath) writes to java.util.logging, whose console handler prints INFO
 * and WARN lines on stderr. Turning the {@code org.hibernate} logger off for the scan and restoring it afterwards
 * keeps the CLI's output to what retort says. When another logging backend is present, its own configuration
 * rules, as the user set it up.
 */
final class HibernateLogging implements AutoCloseable {

    private static final String[] CATEGORIES = {"org.hibernate", "org.jboss.logging"};

    /** Held strongly: java.util.logging forgets levels of loggers nobody references. */
    private final Logger[] loggers = new Logger[CATEGORIES.length];
    private final Level[] previous = new Level[CATEGORIES.length];

    private HibernateLogging(boolean quiet) {
        for (int i = 0; i < CATEGORIES.length; i++) {
            loggers[i] = Logger.getLogger(CATEGORIES[i]);
            previous[i] = loggers[i].getLevel();
            if (quiet) {
                loggers[i].setLevel(Level.OFF);
            }
        }
    }

    static HibernateLogging enter(boolean quiet) {
        return new HibernateLogging(quiet);
    }

    @Override
    public void close() {
        for (int i = 0; i < loggers.length; i++) {
            loggers[i].setLevel(previous[i]);
        }
    }
}
