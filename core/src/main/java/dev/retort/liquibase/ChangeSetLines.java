package dev.retort.liquibase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liquibase.changelog.ChangeSet;

/**
 * Where a changeset starts in its file, so that what retort says of its statements (a lint finding) points at it:
 * the {@code --changeset author:id} line of a formatted SQL changelog, the line naming {@code id="..."} in XML, or
 * {@code id: ...} in YAML. Liquibase's parser keeps no line numbers; a changeset not found this way is at line 1.
 */
final class ChangeSetLines {

    private final Map<Path, List<String>> files = new HashMap<>();

    int of(Path file, ChangeSet changeSet) {
        List<String> lines = files.computeIfAbsent(file, ChangeSetLines::read);
        String id = changeSet.getId();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("--changeset") ? line.contains(":" + id) : namesId(line, id)) {
                return i + 1;
            }
        }
        return 1;
    }

    private static boolean namesId(String line, String id) {
        return line.contains("id=\"" + id + "\"") || line.contains("id='" + id + "'")
                || line.matches("(-\\s*)?id:\\s*[\"']?" + java.util.regex.Pattern.quote(id) + "[\"']?\\s*");
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of(); // a changelog from a jar or another root
        }
    }
}
