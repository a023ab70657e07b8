package dev.retort.scanner;

/**
 * The entities could not be scanned. The message is one line: it names the class, package or file, gives the
 * reason (Hibernate's own words when Hibernate refused) and says what to do. No stack trace is needed to act on
 * it; the cause is kept for {@code --verbose}. Its members are public because the scanner classes that throw it
 * may live in another class loader (the application's Hibernate, see {@link IsolatedHibernateLoader}).
 */
public final class EntityScanException extends Exception {

    public EntityScanException(String message) {
        super(oneLine(message));
    }

    public EntityScanException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
