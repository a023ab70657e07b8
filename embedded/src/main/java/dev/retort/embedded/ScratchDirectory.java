package dev.retort.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory that does not outlive this process unless it is moved into place: {@link #close()} removes it, and
 * so does a shutdown hook when the JVM ends first (Ctrl-C, {@code kill}, {@code System.exit} after an error). A
 * process working in the directory is stopped before the directory is removed.
 */
final class ScratchDirectory implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private final Path path;
    private final Thread hook;
    private Process process;
    private Stop stop = Stop.KILL;
    private boolean gone;
    private volatile boolean ending;

    /** How a process working in the directory is stopped. */
    enum Stop {
        /** SIGKILL: for tools such as initdb. */
        KILL,
        /** SIGQUIT, PostgreSQL's immediate shutdown: the server stops its children and frees its shared memory. */
        POSTGRES_IMMEDIATE
    }

    private ScratchDirectory(Path path) {
        this.path = path;
        this.hook = new Thread(this::remove, "retort-remove-" + path.getFileName());
    }

    /**
     * A new directory {@code parent/prefix<random>}. The shutdown hook is in place before the directory exists,
     * so that an interrupt at any moment leaves nothing.
     */
    static ScratchDirectory create(Path parent, String prefix) throws IOException {
        Files.createDirectories(parent);
        for (int attempt = 0; ; attempt++) {
            // The process id in the name lets a later process tell a scratch directory whose owner died (kill -9).
            ScratchDirectory scratch = new ScratchDirectory(parent.resolve(prefix + ProcessHandle.current().pid()
                    + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36)));
            Runtime.getRuntime().addShutdownHook(scratch.hook);
            try {
                synchronized (scratch) {
                    if (scratch.gone) {
                        throw new IOException("the process is ending");
                    }
                    Files.createDirectory(scratch.path, OWNER_ONLY);
                }
                return scratch;
            } catch (FileAlreadyExistsException e) {
                scratch.forget();
                if (attempt > 10) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                scratch.forget();
                throw e;
            }
        }
    }

    /** Drops the hook of a directory that was never made (so it must not be removed: it may be someone else's). */
    private void forget() {
        synchronized (this) {
            gone = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook finds gone set
        }
    }

    Path path() {
        return path;
    }

    /** One step of filling the directory. */
    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }

    /**
     * Runs one step of filling the directory, unless the directory was removed meanwhile (the JVM is ending):
     * removal waits for a running step, so nothing is written into the directory once it is gone.
     */
    void fill(Step step) throws IOException {
        if (ending) {
            throw new IOException(path + " was removed: the process is ending");
        }
        synchronized (this) {
            if (gone) {
                throw new IOException(path + " was removed: the process is ending");
            }
            step.run();
        }
    }

    /** The process working in the directory, if any. */
    synchronized Optional<Process> process() {
        return Optional.ofNullable(process);
    }

    /** The process is stopped (as {@code stop} says) before the directory is removed. */
    synchronized void attach(Process process, Stop stop) {
        this.process = process;
        this.stop = stop;
    }

    /**
     * Renames the directory to {@code target} in one step. Returns false, and removes this directory, when
     * {@code target} exists already (another process made it first). Either way the directory is no longer this
     * object's to remove.
     */
    boolean moveTo(Path target) throws IOException {
        boolean moved = false;
        synchronized (this) {
            if (gone) {
                throw new IOException(path + " was removed before it could become " + target);
            }
            try {
                Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
                gone = true;
                moved = true;
            } catch (IOException e) {
                // rename(2) onto a directory that is there already fails (ENOTEMPTY): someone else's copy won
                if (!Files.isDirectory(target)) {
                    throw e;
                }
            }
        }
        close();
        return moved;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) remove() itself
        }
        remove();
    }

    private void remove() {
        ending = true; // before the lock: a filling thread would win it again and again otherwise
        synchronized (this) {
            if (gone) {
                return;
            }
            gone = true;
            Processes.stop(process, stop);
            deleteTree(path);
        }
    }

    /** Deletes a directory tree; tolerates files vanishing meanwhile and tries again when new ones appear. */
    static void deleteTree(Path root) {
        for (int attempt = 0; attempt < 5 && Files.exists(root, LinkOption.NOFOLLOW_LINKS); attempt++) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.sorted(Comparator.reverseOrder()).toList();
            } catch (IOException | UncheckedIOException e) {
                continue;
            }
            for (Path p : paths) {
                try {
                    Files.deleteIfExists(p);
                } catch (NoSuchFileException | DirectoryNotEmptyException e) {
                    // gone already, or refilled: the next attempt sees it
                } catch (IOException e) {
                    // reported by the caller's existence check, if it matters
                }
            }
        }
    }
}
