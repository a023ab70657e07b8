package dev.retort.embedded;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which embedded PostgreSQL to start and where its reusable files live.
 *
 * @param postgresVersion the binaries to use: empty for the ones this build bundles, a major version ({@code 16})
 *                        or an exact binaries version ({@code 16.15.0})
 * @param cacheDirectory  where the unpacked binaries and the initialized cluster template are kept between runs
 *                        (each run works on its own copy in the system temp directory)
 */
public record EmbeddedSettings(String postgresVersion, Path cacheDirectory) {

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,2}");

    public EmbeddedSettings {
        postgresVersion = Objects.requireNonNull(postgresVersion, "postgresVersion").strip();
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        if (!postgresVersion.isEmpty() && !VERSION.matcher(postgresVersion).matches()) {
            throw new IllegalArgumentException("'" + postgresVersion
                    + "' is not a PostgreSQL version: use a major version such as 16, or a binaries version such as 16.15.0");
        }
    }

    /** The bundled binaries, cached in {@link #defaultCacheDirectory()}. */
    public static EmbeddedSettings defaults() {
        return new EmbeddedSettings("", defaultCacheDirectory());
    }

    /** {@code $XDG_CACHE_HOME/retort/embedded-postgres}, else {@code ~/.cache/retort/embedded-postgres}. */
    public static Path defaultCacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("retort").resolve("embedded-postgres").toAbsolutePath();
    }
}
