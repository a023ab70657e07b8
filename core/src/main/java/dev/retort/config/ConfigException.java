package dev.retort.config;

/** The configuration is missing or wrong; the one-line message names the file or variable and the fix. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
