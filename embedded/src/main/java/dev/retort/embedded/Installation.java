package dev.retort.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * PostgreSQL's binaries unpacked in the cache, {@code <cache>/postgres-<version>-<platform>/bin/...}. They are
 * unpacked once per machine into a scratch directory that is renamed into place when complete, so a directory
 * with the final name is always whole, and two processes unpacking at once do not disturb each other.
 *
 * @param unpacked whether this call unpacked them (a cold start)
 */
record Installation(Path home, String version, Platform platform, boolean unpacked) {

    /** Scratch directories older than this were left by a process that died while unpacking or initializing. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    Path program(String name) {
        return home.resolve("bin").resolve(name);
    }

    /** The key of everything derived from these binaries in the cache. */
    String key() {
        return version + "-" + platform;
    }

    static Installation ensure(BinariesArchive archive, Path cacheDirectory) throws EmbeddedPostgresException {
        Path home = cacheDirectory.resolve("postgres-" + archive.version() + "-" + archive.platform());
        removeAbandoned(cacheDirectory);
        if (Files.isRegularFile(home.resolve("bin").resolve("postgres"))) {
            return new Installation(home, archive.version(), archive.platform(), false);
        }
        try {
            Files.createDirectories(cacheDirectory);
            try (ScratchDirectory scratch = ScratchDirectory.create(cacheDirectory, ".unpacking-")) {
                try (InputStream in = archive.opener().open()) {
                    TarXz.extract(in, scratch.path(), scratch::fill);
                }
                scratch.moveTo(home);
            }
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedPostgresException("cannot unpack the PostgreSQL binaries (" + archive.origin() + ") into "
                    + cacheDirectory + ": " + describe(e)
                    + "; set embedded.cache-dir (RETORT_EMBEDDED_CACHE_DIR) to a writable directory", e);
        }
        return new Installation(home, archive.version(), archive.platform(), true);
    }

    /**
     * Removes scratch directories ({@code .unpacking-*}, {@code .initdb-*}) that a dead process left: at once when
     * the process their name carries is gone, else once they are older than any unpacking takes (a process id can be
     * taken again by an unrelated process). Runs at every start, so a leftover never stays.
     */
    static void removeAbandoned(Path cacheDirectory) {
        Instant before = Instant.now().minus(ABANDONED);
        try (Stream<Path> entries = Files.list(cacheDirectory)) {
            entries.filter(p -> p.getFileName().toString().startsWith("."))
                    .filter(p -> ownerIsGone(p) || isOlder(p, before))
                    .forEach(ScratchDirectory::deleteTree);
        } catch (IOException e) {
            // nothing to tidy, or not ours to tidy
        }
    }

    private static final java.util.regex.Pattern OWNED = java.util.regex.Pattern.compile(
            "^\\.(?:unpacking|initdb)-(\\d+)-.*");

    private static boolean ownerIsGone(Path scratch) {
        java.util.regex.Matcher owner = OWNED.matcher(scratch.getFileName().toString());
        return owner.matches() && ProcessHandle.of(Long.parseLong(owner.group(1))).map(p -> !p.isAlive())
                .orElse(true);
    }

    private static boolean isOlder(Path path, Instant before) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    /** An exception's one-line description: for a file system failure, the file and the reason. */
    static String describe(Exception e) {
        if (e instanceof FileSystemException failure) {
            return failure.getFile() + ": " + (failure.getReason() != null ? failure.getReason() : reason(failure));
        }
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + ": " + message;
    }

    private static String reason(FileSystemException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        return failure.getClass().getSimpleName();
    }
}
