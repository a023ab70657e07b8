package dev.retort.flyway;

import dev.retort.revisions.Checksum;
import dev.retort.revisions.DuplicateRevisionException;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFileException;
import dev.retort.revisions.RevisionGraph;
import dev.retort.revisions.Script;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A Flyway migrations directory read as retort's revision graph: one revision per {@code V} script, its id the
 * version as Flyway prints it ({@code 1.1}), its parent the version before it, its upgrade the script and its
 * downgrade the {@code U} script of the same version (empty without one). The graph is a line in Flyway's order,
 * so every question retort asks of revisions (head, current, what lies between) is answered as Flyway would.
 * Repeatable ({@code R__}) scripts, Java migrations and callbacks are not revisions and are left to Flyway.
 */
public final class FlywayDirectory {

    private FlywayDirectory() {
    }

    /** The directory's versions in Flyway's order; an absent directory has none. */
    public static RevisionGraph loadGraph(Path directory) {
        return RevisionGraph.of(load(directory));
    }

    /** The highest version of the directory, if it has any. */
    public static Optional<FlywayVersion> highest(Path directory) {
        return scripts(directory).keySet().stream().reduce((first, second) -> second);
    }

    static List<Revision> load(Path directory) {
        Map<FlywayVersion, Pair> scripts = scripts(directory);
        List<Revision> revisions = new ArrayList<>();
        String parent = null;
        for (Map.Entry<FlywayVersion, Pair> entry : scripts.entrySet()) {
            Pair pair = entry.getValue();
            if (pair.migration == null) {
                throw new RevisionFileException(pair.undo, "an undo script without its migration: no V"
                        + entry.getKey() + "__*.sql in " + directory, null);
            }
            String id = entry.getKey().toString();
            revisions.add(revision(id, parent, pair));
            parent = id;
        }
        return revisions;
    }

    private static Revision revision(String id, String parent, Pair pair) {
        String text = read(pair.migration);
        Script downgrade = pair.undo == null ? Script.empty() : parse(pair.undo, read(pair.undo));
        List<String> parents = parent == null ? List.of() : List.of(parent);
        return new Revision(id, parents, pair.description, modified(pair.migration), pair.migration, Checksum.of(text),
                parse(pair.migration, text), downgrade);
    }

    /** The V and U scripts of each version, in version order. */
    private static Map<FlywayVersion, Pair> scripts(Path directory) {
        Map<FlywayVersion, Pair> scripts = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return scripts;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Optional<FlywayFileName> name = FlywayFileName.of(file);
                if (name.isPresent()) {
                    scripts.computeIfAbsent(name.get().version(), version -> new Pair()).add(file, name.get());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scripts;
    }

    private static Script parse(Path file, String text) {
        try {
            return Script.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RevisionFileException(file, e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One version's files; two of a kind (V1__a.sql and V1_0__b.sql) are what Flyway refuses too. */
    private static final class Pair {
        private Path migration;
        private Path undo;
        private String description;

        void add(Path file, FlywayFileName name) {
            Path earlier = name.undo() ? undo : migration;
            if (earlier != null) {
                throw new DuplicateRevisionException(name.version().toString(), earlier, file);
            }
            if (name.undo()) {
                undo = file;
            } else {
                migration = file;
                description = name.description();
            }
        }
    }
}
