package dev.retort.liquibase;

import dev.retort.revisions.RevisionFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Includes a changelog from the master changelog, as a person would: an {@code include} with
 * {@code relativeToChangelogFile} appended to an XML master's {@code databaseChangeLog} element or to a YAML master's
 * {@code databaseChangeLog} list, in the indentation the file already uses; a master that does not exist yet is
 * created with that one include. Formatted SQL and JSON masters are refused before anything is written: Liquibase 4's
 * formatted SQL cannot include, and JSON is rare enough to leave to the person.
 */
final class MasterChangeLog {

    private static final String XML_CLOSE = "</databaseChangeLog>";
    private static final Pattern XML_CHILD = Pattern.compile("^(\\s+)<(include|includeAll|changeSet)\\b.*");
    private static final Pattern YAML_ITEM = Pattern.compile("^(\\s*)- .*");

    private final Path file;

    MasterChangeLog(Path file) {
        this.file = file;
    }

    /** Refuses a master that retort cannot append an include to, before anything is written. */
    void requireAppendable() {
        if (!isXml() && !isYaml()) {
            throw new RevisionFileException(file, "retort includes its changelogs from an XML or YAML master"
                    + " changelog only: set liquibase.change-log to one (the master may include this one)", null);
        }
    }

    /** The master's text now, or null when it does not exist: what {@link #restore} puts back. */
    String snapshot() throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    void restore(String snapshot) throws IOException {
        if (snapshot == null) {
            Files.deleteIfExists(file);
        } else {
            Files.writeString(file, snapshot, StandardCharsets.UTF_8);
        }
    }

    /** @param included the changelog's path relative to the master's directory, with {@code /} separators */
    void include(String included) throws IOException {
        requireAppendable();
        String text = snapshot();
        String updated;
        if (isXml()) {
            updated = text == null ? newXml(included) : appendXml(text, included);
        } else {
            updated = text == null ? "databaseChangeLog:\n" + yamlInclude("  ", included) : appendYaml(text, included);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    private boolean isXml() {
        return extension().equals("xml");
    }

    private boolean isYaml() {
        return extension().equals("yaml") || extension().equals("yml");
    }

    private String extension() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String newXml(String included) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<databaseChangeLog\n"
                + "    xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
                + "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "    xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
                + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd\">\n"
                + xmlInclude("    ", included)
                + XML_CLOSE + "\n";
    }

    private String appendXml(String text, String included) {
        int close = text.lastIndexOf(XML_CLOSE);
        if (close < 0) {
            throw new RevisionFileException(file, "no " + XML_CLOSE + " to include " + included + " before: is it"
                    + " a Liquibase XML changelog?", null);
        }
        String indent = "    ";
        for (String line : text.substring(0, close).split("\\R")) {
            Matcher child = XML_CHILD.matcher(line);
            if (child.matches()) {
                indent = child.group(1);
            }
        }
        int lineStart = text.lastIndexOf('\n', close - 1) + 1;
        boolean closeOnItsOwnLine = text.substring(lineStart, close).isBlank();
        int at = closeOnItsOwnLine ? lineStart : close;
        return text.substring(0, at) + (closeOnItsOwnLine ? "" : "\n") + xmlInclude(indent, included)
                + text.substring(at);
    }

    private static String xmlInclude(String indent, String included) {
        return indent + "<include file=\"" + included.replace("&", "&amp;").replace("\"", "&quot;")
                + "\" relativeToChangelogFile=\"true\"/>\n";
    }

    /** After the last line of the {@code databaseChangeLog} block, in the indentation of its items. */
    private String appendYaml(String text, String included) {
        List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("databaseChangeLog:")) {
                start = i;
                break;
            }
        }
        if (start < 0 || !lines.get(start).substring("databaseChangeLog:".length()).isBlank()) {
            throw new RevisionFileException(file, "no 'databaseChangeLog:' list to include " + included
                    + " in: write the include by hand", null);
        }
        String indent = "  ";
        int end = start + 1;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")) {
                break; // the next top-level key
            }
            Matcher item = YAML_ITEM.matcher(line);
            if (item.matches() && end == start + 1) {
                indent = item.group(1);
            }
            end = i + 1;
        }
        lines.add(end, yamlInclude(indent, included).stripTrailing());
        String joined = String.join("\n", lines);
        return joined.endsWith("\n") ? joined : joined + "\n";
    }

    private static String yamlInclude(String indent, String included) {
        return indent + "- include:\n"
                + indent + "    file: \"" + included.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + indent + "    relativeToChangelogFile: true\n";
    }
}
