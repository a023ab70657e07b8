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
            names.add(QualifiedName.parse(matcher.group(1).replace("''", "'"), tableSchema));
        }
        return names;
    }

}
