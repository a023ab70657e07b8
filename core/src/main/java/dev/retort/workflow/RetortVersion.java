package dev.retort.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** retort's own version, as the build recorded it. */
public final class RetortVersion {

    private static final String VERSION = load();

    private RetortVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = RetortVersion.class.getResourceAsStream("/dev/retort/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
