package dev.retort.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The exit-code table of the repository's README.md, as the user reads it: number to meaning. */
final class ReadmeExitCodes {

    private static final Pattern ROW = Pattern.compile("^\\| `(\\d+)` \\| (.+) \\|$");

    private ReadmeExitCodes() {
    }

    /** The rows of the table that follows the line "Exit codes:". */
    static Map<Integer, String> read() {
        List<String> lines = Readme.lines();
        int start = lines.indexOf("Exit codes:");
        if (start < 0) {
            throw new AssertionError("README.md has no \"Exit codes:\" table");
        }
        Map<Integer, String> table = new TreeMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.isBlank() && !table.isEmpty()) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches() && table.put(Integer.parseInt(row.group(1)), row.group(2)) != null) {
                throw new AssertionError("README.md documents exit code " + row.group(1) + " twice");
            }
        }
        return table;
    }
}
