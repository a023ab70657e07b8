package dev.retort.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The physical location of a SARIF result: the entity's source file when the difference is attributed to an entity
 * and its source can be found, else {@code retort.properties}, since GitHub code scanning shows no result without a
 * file. Paths inside a git repository are written relative to its root under the base id {@code %SRCROOT%}, which is
 * how code scanning resolves them whichever directory the job checked the repository out into; outside one, as
 * absolute {@code file:} URIs.
 */
final class SarifLocations {

    static final String SOURCE_ROOT = "%SRCROOT%";

    private final EntitySources sources;
    private final Path configFile;
    private final Path repositoryRoot;

    SarifLocations(EntitySources sources, Path configFile) {
        this.sources = sources;
        this.configFile = configFile.toAbsolutePath().normalize();
        this.repositoryRoot = repositoryRootOf(this.configFile.getParent()).orElse(null);
    }

    /** The nearest directory at or above the start that holds {@code .git} (a directory, or a worktree's file). */
    private static Optional<Path> repositoryRootOf(Path start) {
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            if (Files.exists(directory.resolve(".git"))) {
                return Optional.of(directory);
            }
        }
        return Optional.empty();
    }

    /** The run's {@code originalUriBaseIds}: where {@code %SRCROOT%} was on this machine, if anything uses it. */
    Map<String, Object> originalUriBaseIds() {
        if (repositoryRoot == null) {
            return Map.of();
        }
        String root = repositoryRoot.toUri().toString();
        return Map.of(SOURCE_ROOT, Map.of("uri", root.endsWith("/") ? root : root + "/"));
    }

    /**
     * The {@code physicalLocation} of a difference whose origin (entity or field, as {@code check} prints it) is
     * this, or null when the difference is attributed to none.
     */
    Map<String, Object> physicalLocation(String origin) {
        EntitySources.Spot spot = origin == null ? null : sources.find(origin).orElse(null);
        if (spot == null) {
            spot = new EntitySources.Spot(configFile, 1);
        }
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("artifactLocation", artifactLocation(spot.file().toAbsolutePath().normalize()));
        location.put("region", Map.of("startLine", spot.line()));
        return location;
    }

    /** The {@code physicalLocation} of a line of a file (a lint finding's statement in its revision file). */
    Map<String, Object> physicalLocation(Path file, int line) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("artifactLocation", artifactLocation(file.toAbsolutePath().normalize()));
        location.put("region", Map.of("startLine", Math.max(line, 1)));
        return location;
    }

    private Map<String, Object> artifactLocation(Path file) {
        Map<String, Object> artifact = new LinkedHashMap<>();
        if (repositoryRoot != null && file.startsWith(repositoryRoot)) {
            artifact.put("uri", relativeUri(repositoryRoot.relativize(file)));
            artifact.put("uriBaseId", SOURCE_ROOT);
        } else {
            artifact.put("uri", file.toUri().toString());
        }
        return artifact;
    }

    /** A relative URI reference, percent-encoded where a path may hold what a URI may not (spaces, non-ASCII). */
    private static String relativeUri(Path relative) {
        String path = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("not a URI path: " + path, e);
        }
    }
}
