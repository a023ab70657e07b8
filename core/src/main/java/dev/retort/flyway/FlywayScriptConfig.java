package dev.retort.flyway;

import dev.retort.revisions.RevisionFileException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A script's own Flyway settings, in the file beside it named like it with {@code .conf} added
 * ({@code V3__add_index.sql.conf}): {@code executeInTransaction=false} runs the script outside a transaction (what
 * {@code CREATE INDEX CONCURRENTLY} needs), {@code placeholderReplacement=false} keeps its {@code ${...}} text as
 * written. Absent, both are true, Flyway's defaults.
 */
public record FlywayScriptConfig(boolean executeInTransaction, boolean placeholderReplacement) {

    public static final String SUFFIX = ".conf";
    public static final FlywayScriptConfig DEFAULTS = new FlywayScriptConfig(true, true);

    /** The settings of the script {@code file}, from {@code file.conf} when there is one. */
    public static FlywayScriptConfig of(Path file) {
        Path conf = beside(file);
        if (!Files.isRegularFile(conf)) {
            return DEFAULTS;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(conf, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new RevisionFileException(conf, "cannot be read: " + e.getMessage(), e);
        }
        return new FlywayScriptConfig(!"false".equalsIgnoreCase(properties.getProperty("executeInTransaction",
                "true").strip()), !"false".equalsIgnoreCase(properties.getProperty("placeholderReplacement",
                "true").strip()));
    }

    public static Path beside(Path script) {
        return script.resolveSibling(script.getFileName() + SUFFIX);
    }

    public boolean isDefault() {
        return equals(DEFAULTS);
    }

    /** The file's text; only what differs from Flyway's defaults is written. */
    public String text() {
        StringBuilder text = new StringBuilder("# Flyway's settings for the script beside this file, written by retort\n");
        if (!executeInTransaction) {
            text.append("executeInTransaction=false\n");
        }
        if (!placeholderReplacement) {
            text.append("placeholderReplacement=false\n");
        }
        return text.toString();
    }
}
