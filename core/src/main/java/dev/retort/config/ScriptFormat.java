package dev.retort.config;

import java.util.Locale;

/**
 * Which tool's files {@code retort revision} writes and whose record of applied migrations retort reads
 * ({@code script.format}): {@code retort}, its own revision files under {@code script.location/versions} and its
 * version table; {@code flyway}, Flyway's {@code V<version>__<description>.sql} files (with a {@code U} undo script
 * beside each) directly in {@code script.location}, and Flyway's {@code flyway_schema_history}; {@code liquibase},
 * Liquibase formatted SQL changelogs included from the master changelog ({@code liquibase.change-log}, relative to
 * {@code script.location}, Liquibase's search path), and Liquibase's {@code DATABASECHANGELOG}.
 */
public enum ScriptFormat {
    RETORT, FLYWAY, LIQUIBASE;

    public static final String KEY = "script.format";

    /**
     * Empty (retort's own), {@code retort}, {@code flyway} or {@code liquibase}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ScriptFormat parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("retort")) {
            return RETORT;
        }
        if (text.equals("flyway")) {
            return FLYWAY;
        }
        if (text.equals("liquibase")) {
            return LIQUIBASE;
        }
        throw new IllegalArgumentException("'" + value.strip() + "' is not retort, flyway or liquibase");
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
