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
