package dev.retort.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Whose {@code application.properties} retort reads underneath its own settings ({@code settings.from}). */
enum Framework {
    SPRING_BOOT("spring-boot"),
    QUARKUS("quarkus"),
    NONE("none");

    /** The key choosing the framework; {@code auto} (the default) tells from the application's own keys. */
    static final String KEY = "settings.from";
    static final String AUTO = "auto";

    private final String key;

    Framework(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** The framework {@code settings.from} names, or {@code null} for {@code auto}. */
    static Framework parse(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.equals(AUTO)) {
            return null;
        }
        return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown value '" + value + "'; use " + AUTO + ", "
                        + Arrays.stream(values()).map(Framework::key).collect(Collectors.joining(", "))));
    }
}
