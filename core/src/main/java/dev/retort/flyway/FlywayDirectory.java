package dev.retort.flyway;

import dev.retort.config.FlywaySettings;
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
 * Repeatable ({@code R__}) scripts, Java migrations and callbacks are not revisions and are left to Flyway. The
 * scripts are read as Flyway executes them: placeholders replaced ({@link FlywayPlaceholders}), and a script whose
 * {@code .sql.conf} says {@code executeInTransaction=false} made of statements that run on their own.
 */
public final class FlywayDirectory {

    private FlywayDirectory() {
    }

    /** The directory's versions in Flyway's order; an absent directory has none. */
    public static RevisionGraph loadGraph(Path directory) {
        return loadGraph(List.of(directory), FlywaySettings.DEFAULTS);
    }

    /** The versions of every directory Flyway reads, in Flyway's order, as Flyway executes them. */
    public static RevisionGraph loadGraph(List<Path> directories, FlywaySettings settings) {
        return RevisionGraph.of(load(directories, settings));
    }

    /** The highest version of the directory, if it has any. */
    public static Optional<FlywayVersion> highest(Path directory) {
        return highest(List.of(directory));
    }

    /** The highest version of all the directories, if they have any. */
    public static Optional<FlywayVersion> highest(List<Path> directories) {
        return scripts(directories).keySet().stream().reduce((first, second) -> second);
    }

    static List<Revision> load(Path directory) {
        return load(List.of(directory), FlywaySettings.DEFAULTS);
    }

    static List<Revision> load(List<Path> directories, FlywaySettings settings) {
        Map<FlywayVersion, Pair> scripts = scripts(directories);
        Path directory = directories.get(0);
        List<Revision> revisions = new ArrayList<>();
        String parent = null;
        for (Map.Entry<FlywayVersion, Pair> entry : scripts.entrySet()) {
            Pair pair = entry.getValue();
            if (pair.migration == null) {
                throw new RevisionFileException(pair.undo, "an undo script without its migration: no V"
                        + entry.getKey() + "__*.sql in " + directory, null);
            }
            String id = entry.getKey().toString();
            revisions.add(revision(id, parent, pair, settings));
            parent = id;
        }
        return revisions;
    }

    private static Revision revision(String id, String parent, Pair pair, FlywaySettings settings) {
        String text = read(pair.migration);
        Script downgrade = pair.undo == null ? Script.empty() : executed(pair.undo, read(pair.undo), settings);
        List<String> parents = parent == null ? List.of() : List.of(parent);
        return new Revision(id, parents, pair.description, modified(pair.migration), pair.migration, Checksum.of(text),
                executed(pair.migration, text, settings), downgrade);
    }

    /** The V and U scripts of each version, in version order. */
    private static Map<FlywayVersion, Pair> scripts(List<Path> directories) {
        Map<FlywayVersion, Pair> scripts = new TreeMap<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
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
        }
        return scripts;
    }

    /** The statements Flyway executes for the file: its script settings and the project's placeholders applied. */
    private static Script executed(Path file, String text, FlywaySettings settings) {
        FlywayScriptConfig config = FlywayScriptConfig.of(file);
        FlywaySettings effective = config.placeholderReplacement() ? settings
                : settings.with("placeholderReplacement", "false");
        Script script;
        try {
            script = Script.parse(FlywayPlaceholders.replace(text, effective, file.getFileName().toString()));
        } catch (IllegalArgumentException e) {
            throw new RevisionFileException(file, e.getMessage(), e);
        }
        if (config.executeInTransaction()) {
            return script;
        }
        return new Script(script.statements().stream().map(statement -> statement.withTransactional(false)).toList());
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
