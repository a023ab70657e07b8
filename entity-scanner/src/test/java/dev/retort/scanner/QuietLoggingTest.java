package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hibernate logs through jboss-logging, here (no log4j2, no logback) to java.util.logging, whose console handler
 * writes to stderr. A scan silences it unless asked, and leaves the levels as it found them.
 */
class QuietLoggingTest {

    /** Setting hibernate.dialect explicitly makes Hibernate log its deprecation warning HHH90000025 on every boot. */
    private static final Map<String, String> NOISY = Map.of("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");

    private final List<LogRecord> records = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLoggerName() != null && record.getLoggerName().startsWith("org.hibernate")) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger root = Logger.getLogger("");

    @BeforeEach
    void listen() {
        recorder.setLevel(Level.ALL);
        root.addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        root.removeHandler(recorder);
    }

    @Test
    void aScanLogsNothing() throws EntityScanException {
        new EntityScanner().scan(Fixtures.packages(Fixtures.NAMING), NOISY);

        assertThat(records).isEmpty();
    }

    @Test
    void hibernatesLoggingCanBeAskedFor() throws EntityScanException {
        new EntityScanner().withHibernateLogging().scan(Fixtures.packages(Fixtures.NAMING), NOISY);

        assertThat(records).extracting(LogRecord::getMessage).anySatisfy(message ->
                assertThat(message).contains("HHH90000025"));
    }

    @Test
    void theLevelsAreRestoredAfterAScan() throws EntityScanException {
        Logger hibernate = Logger.getLogger("org.hibernate");
        hibernate.setLevel(Level.FINE);
        try {
            new EntityScanner().scan(Fixtures.packages(Fixtures.NAMING), Map.of());
            assertThat(hibernate.getLevel()).isEqualTo(Level.FINE);
        } finally {
            hibernate.setLevel(null);
        }
    }
}
