package dev.retort.plan;

import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sequences a column default reads, found from {@code nextval('...')} calls. Normalized defaults are
 * printed with an empty search path, so the sequence name in them is schema-qualified.
 */
final class SequenceReferences {

    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'");

    private SequenceReferences() {
    }

    static List<QualifiedName> of(Column column, String tableSchema) {
        List<QualifiedName> names = new ArrayList<>();
        if (column.defaultExpression() == null) {
            return names;
        }
        Matcher matcher = NEXTVAL.matcher(column.defaultExpression());
        while (matcher.find()) {
            names.add(parse(matcher.group(1).replace("''", "'"), tableSchema));
        }
        return names;
    }

    /** Parses {@code schema.name}, either part possibly double-quoted. */
    static QualifiedName parse(String text, String defaultSchema) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(quoted ? c : Character.toLowerCase(c));
            }
        }
        parts.add(part.toString());
        return parts.size() == 1 ? new QualifiedName(defaultSchema, parts.get(0))
                : new QualifiedName(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
    }
}
