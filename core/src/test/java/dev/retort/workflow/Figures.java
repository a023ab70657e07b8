package dev.retort.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The lock-aware tests' measurements: on stdout, and appended to {@code target/lock-aware-figures.txt}. */
final class Figures {

    private static final Path FILE = Path.of("target", "lock-aware-figures.txt");

    private Figures() {
    }

    static synchronized void note(String line) {
        System.out.println("lock-aware: " + line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
