package dev.retort.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Java source of the entity a difference is attributed to, and the line of its class or field, so that
 * GitHub code scanning can show the difference in the file a developer would edit. The origins are the words
 * {@code check} prints ({@code entity dev.shop.Book}, {@code dev.shop.Book.title}, {@code id generator s of
 * dev.shop.Book.id}); the sources are looked for under {@code src/main/java} of the project directory and of each
 * module whose {@code target/classes} (or Gradle's {@code build/classes/java/main}) is on the entities' classpath.
 * Nothing found is no error: the caller falls back to {@code retort.properties}.
 */
final class EntitySources {

    /** A file and the 1-based line to show. */
    record Spot(Path file, int line) {
    }

    /** Dotted Java names in an origin: {@code dev.shop.Book.title}, {@code dev.shop.Order$Line}. */
    private static final Pattern DOTTED_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+");

    private final List<Path> sourceRoots;

    EntitySources(Path projectDirectory, List<Path> entitiesClasspath) {
        Set<Path> roots = new LinkedHashSet<>();
        roots.add(projectDirectory.resolve("src/main/java"));
        for (Path entry : entitiesClasspath) {
            Path absolute = projectDirectory.resolve(entry).normalize();
            moduleOf(absolute).ifPresent(module -> roots.add(module.resolve("src/main/java")));
        }
        this.sourceRoots = List.copyOf(roots);
    }

    /** The module directory of a Maven or Gradle class output directory. */
    private static Optional<Path> moduleOf(Path classes) {
        if (classes.endsWith(Path.of("target", "classes"))) {
            return Optional.of(classes.getParent().getParent());
        }
        if (classes.endsWith(Path.of("build", "classes", "java", "main"))) {
            return Optional.of(classes.getParent().getParent().getParent().getParent());
        }
        return Optional.empty();
    }

    /** The source file and line of the class (and field, when the origin names one) the origin speaks of. */
    Optional<Spot> find(String origin) {
        Matcher names = DOTTED_NAME.matcher(origin);
        while (names.find()) {
            Optional<Spot> spot = findName(names.group());
            if (spot.isPresent()) {
                return spot;
            }
        }
        return Optional.empty();
    }

    /** The longest prefix of the dotted name that is a class with a source file; what follows is its field. */
    private Optional<Spot> findName(String dottedName) {
        String[] parts = dottedName.split("\\.");
        for (int classEnd = parts.length; classEnd >= 2; classEnd--) {
            String className = String.join(".", List.of(parts).subList(0, classEnd));
            // A nested class lives in its outermost class's file.
            String topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
            String simpleName = className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$'))
                    + 1);
            String field = classEnd < parts.length ? parts[classEnd] : null;
            for (Path root : sourceRoots) {
                Path file = root.resolve(topLevel.replace('.', '/') + ".java");
                if (Files.isRegularFile(file)) {
                    return Optional.of(new Spot(file, lineOf(file, simpleName, field)));
                }
            }
        }
        return Optional.empty();
    }

    /** The field's declaration, else the class's, else the first line: a heuristic, good enough to point at. */
    private static int lineOf(Path file, String simpleName, String field) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            return 1;
        }
        Pattern declaration = Pattern.compile("\\b(class|record|interface|enum)\\s+" + Pattern.quote(simpleName)
                + "\\b");
        int classLine = firstMatch(lines, declaration, 0);
        if (classLine < 0) {
            return 1;
        }
        if (field != null) {
            int fieldLine = firstMatch(lines, Pattern.compile("\\b" + Pattern.quote(field) + "\\s*[;=]"), classLine);
            if (fieldLine >= 0) {
                return fieldLine + 1;
            }
        }
        return classLine + 1;
    }

    private static int firstMatch(List<String> lines, Pattern pattern, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }
}
