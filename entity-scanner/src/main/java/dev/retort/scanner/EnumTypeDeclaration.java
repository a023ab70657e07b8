package dev.retort.scanner;

import dev.retort.schema.EnumType;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code create type ... as enum (...)} statement Hibernate's PostgreSQL dialect writes for a named enum
 * type ({@code @JdbcType(PostgreSQLEnumJdbcType.class)}): the type's name and labels as Hibernate would create
 * them. Anything else is not an enum declaration.
 */
final class EnumTypeDeclaration {

    private static final Pattern CREATE_ENUM =
            Pattern.compile("(?is)\\s*create\\s+type\\s+(.+?)\\s+as\\s+enum\\s*\\((.*)\\)\\s*;?\\s*");
    private static final Pattern CAST =
            Pattern.compile("(?is)\\s*create\\s+cast\\s*\\(\\s*(\\S+)\\s+as\\s+(\\S+)\\s*\\)\\s+with\\s+inout\\s+as\\s+implicit\\s*;?\\s*");

    private EnumTypeDeclaration() {
    }

    /**
     * The enum type of a Hibernate auxiliary object: its {@code create type} statement, optionally followed by the
     * two implicit varchar casts Hibernate adds for it. Any other statement makes it something else.
     */
    static Optional<EnumType> parse(String[] statements, String defaultSchema) {
        if (statements.length == 0) {
            return Optional.empty();
        }
        Optional<EnumType> type = parse(statements[0], defaultSchema);
        if (type.isEmpty() || statements.length == 1) {
            return type;
        }
        String name = CREATE_ENUM.matcher(statements[0]).replaceFirst("$1").strip();
        boolean castsOnly = statements.length == 3
                && isCast(statements[1], "varchar", name) && isCast(statements[2], name, "varchar");
        return castsOnly ? Optional.of(new EnumType(type.get().name(), type.get().labels(), true)) : Optional.empty();
    }

    private static boolean isCast(String statement, String source, String target) {
        Matcher matcher = CAST.matcher(statement);
        return matcher.matches() && matcher.group(1).equalsIgnoreCase(source) && matcher.group(2).equals(target);
    }

    static Optional<EnumType> parse(String statement, String defaultSchema) {
        Matcher matcher = CREATE_ENUM.matcher(statement);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> labels = literals(matcher.group(2));
        if (labels == null || labels.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EnumType(QualifiedName.parse(matcher.group(1).strip(), defaultSchema), labels));
    }

    /** {@code 'a', 'b''s'} as [a, b's]; null when the text is not a list of string literals. */
    private static List<String> literals(String text) {
        List<String> labels = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
                continue;
            }
            if (c != '\'') {
                return null;
            }
            StringBuilder label = new StringBuilder();
            i++;
            while (i < text.length()) {
                char d = text.charAt(i);
                if (d == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    label.append('\'');
                    i += 2;
                } else if (d == '\'') {
                    i++;
                    break;
                } else {
                    label.append(d);
                    i++;
                }
            }
            labels.add(label.toString());
        }
        return labels;
    }
}
