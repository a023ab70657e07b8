package dev.retort.flyway;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway's names for SQL migrations: {@code V<version>__<description>.sql} applies a version,
 * {@code U<version>__<description>.sql} undoes it; in the description an {@code _} stands for a space.
 *
 * @param undo whether the file is an undo script
 */
public record FlywayFileName(boolean undo, FlywayVersion version, String description) {

    private static final Pattern NAME = Pattern.compile("^([VU])(\\d+(?:[._]\\d+)*)__(.+)\\.sql$");

    /** The file's name read as a versioned or undo migration; empty for any other file (repeatable, callback, ...). */
    public static Optional<FlywayFileName> of(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FlywayFileName(matcher.group(1).equals("U"), FlywayVersion.parse(matcher.group(2)),
                matcher.group(3).replace('_', ' ')));
    }

    /** The migration that applies {@code version}: {@code V3__add_orders.sql} for the slug {@code add_orders}. */
    public static String migration(FlywayVersion version, String slug) {
        return "V" + version.toString().replace('.', '_') + "__" + slug + ".sql";
    }

    /** The undo script beside a migration: {@code U3__add_orders.sql} beside {@code V3__add_orders.sql}. */
    public static Path undoBeside(Path migration) {
        return migration.resolveSibling("U" + migration.getFileName().toString().substring(1));
    }

    /** The script that undoes it: {@code U3__add_orders.sql}. */
    public static String undo(FlywayVersion version, String slug) {
        return "U" + version.toString().replace('.', '_') + "__" + slug + ".sql";
    }
}
