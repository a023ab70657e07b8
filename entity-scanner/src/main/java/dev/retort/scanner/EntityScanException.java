package dev.retort.scanner;

/**
 * The entities could not be scanned. The message is one line: it names the class, package or file, gives the
 * reason (Hibernate's own words when Hibernate refused) and says what to do. No stack trace is needed to act on
 * it; the cause is kept for {@code --verbose}.
 */
public final class EntityScanException extends Exception {

    EntityScanException(String message) {
        super(oneLine(message));
    }

    EntityScanException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
