package dev.retort.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's README.md as a user reads it, for the tests that run what it shows: a section by its heading,
 * a fenced block of it by its language (and, where a section has several, by its first line).
 */
final class Readme {

    private static final Pattern NEXT_HEADING = Pattern.compile("\n#{2,} ");
    private static final Pattern RETORT_COMMAND = Pattern.compile("(?:\\./)?retort(?:\\s+(.*))?");
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private Readme() {
    }

    /** The repository's root directory: tests run in the module's directory, so it is found upwards from there. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("cli"))) {
                return dir;
            }
        }
        throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
    }

    static String text() {
        try {
            return Files.readString(repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines() {
        return text().lines().toList();
    }

    /**
     * The section under the heading line {@code heading} (e.g. {@code "### Quarkus"}), up to the next heading of
     * any level.
     */
    static String section(String heading) {
        String readme = text();
        Matcher line = Pattern.compile("^" + Pattern.quote(heading) + "$", Pattern.MULTILINE).matcher(readme);
        if (!line.find()) {
            throw new AssertionError("README.md has no \"" + heading + "\" heading");
        }
        int start = line.start();
        if (line.find()) {
            throw new AssertionError("README.md has the heading \"" + heading + "\" twice");
        }
        Matcher next = NEXT_HEADING.matcher(readme);
        int end = next.find(start + heading.length()) ? next.start() : readme.length();
        return readme.substring(start, end);
    }

    /** The first ```{@code language} block of the section, without its fences. */
    static String block(String section, String language) {
        return blocks(section, language).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no ```" + language + " block in:\n" + section));
    }

    /** The ```{@code language} block of the section whose first line is {@code firstLine}, without its fences. */
    static String block(String section, String language, String firstLine) {
        return blocks(section, language).stream().filter(block -> block.startsWith(firstLine + "\n")).findFirst()
                .orElseThrow(() -> new AssertionError("no ```" + language + " block starting with \"" + firstLine
                        + "\" in:\n" + section));
    }

    /**
     * The commands of a ```sh block that holds only retort commands ({@code retort ...} or {@code ./retort ...},
     * a trailing {@code # comment} each), as the words after {@code retort}, double quotes grouping.
     */
    static List<List<String>> retortCommands(String shBlock) {
        List<List<String>> commands = new ArrayList<>();
        for (String line : shBlock.strip().split("\n")) {
            Matcher command = RETORT_COMMAND.matcher(line.replaceFirst("\\s+#.*$", "").strip());
            if (!command.matches()) {
                throw new AssertionError("not a retort command: " + line);
            }
            List<String> words = new ArrayList<>();
            Matcher word = WORD.matcher(command.group(1) == null ? "" : command.group(1));
            while (word.find()) {
                words.add(word.group(1) != null ? word.group(1) : word.group(2));
            }
            commands.add(words);
        }
        return commands;
    }

    private static List<String> blocks(String section, String language) {
        Matcher block = Pattern.compile("```" + Pattern.quote(language) + "\n(.*?)```", Pattern.DOTALL)
                .matcher(section);
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }
}
