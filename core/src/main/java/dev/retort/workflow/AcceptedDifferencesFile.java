package dev.retort.workflow;

import dev.retort.compare.AcceptedDifferences;
import dev.retort.compare.Aspect;
import dev.retort.compare.Category;
import dev.retort.compare.Difference;
import dev.retort.config.ConfigException;
import dev.retort.schema.ObjectKind;
import dev.retort.schema.QualifiedName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file that lists the differences a team accepted when it adopted its database ({@code retort baseline}),
 * {@code accepted-differences.tsv} beside {@code versions/}: one difference per line, tab-separated, under a comment
 * that says it in words. A reviewer reads the comments; retort reads the lines; deleting a line makes retort apply
 * the entities' side again.
 */
final class AcceptedDifferencesFile {

    private static final String NONE = "\\N";
    private static final String HEADER = """
            # Differences between the entities and the database that are accepted as they are: retort reports and
            # applies none of them. Written by `retort baseline`; review it like code. Delete an entry (both lines) to
            # have retort apply the entities' side again.
            # Columns: kind, object kind, schema, object, member, aspect, database value, entities value (\\N: none).
            """;

    private AcceptedDifferencesFile() {
    }

    /** The accepted differences, or none when there is no file. */
    static AcceptedDifferences read(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            return AcceptedDifferences.none();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        List<AcceptedDifferences.Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                entries.add(entry(line.split("\t", -1)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(file + ":" + (i + 1) + ": " + e.getMessage()
                        + " (an accepted difference is 8 tab-separated fields; delete the line or run `retort baseline`"
                        + " again on a fresh project)");
            }
        }
        return new AcceptedDifferences(entries);
    }

    static void write(Path file, List<Difference> accepted) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (Difference difference : accepted) {
            Difference.Key key = difference.key();
            text.append('\n').append("# ").append(difference.describe().replace('\n', ' ')).append('\n');
            text.append(String.join("\t", difference.category().key(), key.kind().name().toLowerCase(java.util.Locale.ROOT),
                    escape(key.owner().schema()), escape(key.owner().name()), escape(key.identity()),
                    key.aspect().name().toLowerCase(java.util.Locale.ROOT), escape(difference.from()), escape(difference.to())))
                    .append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static AcceptedDifferences.Entry entry(String[] fields) {
        if (fields.length != 8) {
            throw new IllegalArgumentException("expected 8 fields, found " + fields.length);
        }
        Category category = Category.byKey(fields[0]);
        ObjectKind kind = ObjectKind.valueOf(fields[1].toUpperCase(java.util.Locale.ROOT));
        Aspect aspect = Aspect.valueOf(fields[5].toUpperCase(java.util.Locale.ROOT));
        QualifiedName owner = new QualifiedName(unescape(fields[2]), unescape(fields[3]));
        return new AcceptedDifferences.Entry(category, new Difference.Key(kind, owner, unescape(fields[4]), aspect),
                unescape(fields[6]), unescape(fields[7]));
    }

    /** As PostgreSQL's COPY text format: backslash, tab, newline and carriage return escaped, null as \N. */
    static String escape(String value) {
        if (value == null) {
            return NONE;
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String field) {
        if (field.equals(NONE)) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\' || i + 1 == field.length()) {
                value.append(c);
                continue;
            }
            char next = field.charAt(++i);
            value.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return value.toString();
    }
}
