package dev.retort.dialect.postgresql;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The identifiers an SQL expression mentions, as catalog names: unquoted words folded to lower case, quoted
 * identifiers as written, both cut to the 63 bytes PostgreSQL keeps; string literals, dollar-quoted strings and
 * comments skipped. It over-approximates (keywords and function names are words too), which is what its one
 * caller needs: the columns a check may read are the table's columns among these.
 */
final class ExpressionIdentifiers {

    private ExpressionIdentifiers() {
    }

    static Set<String> of(String expression) {
        Set<String> identifiers = new LinkedHashSet<>();
        int i = 0;
        int length = expression.length();
        while (i < length) {
            char c = expression.charAt(i);
            if (c == '\'') {
                i = skipQuoted(expression, i, '\'');
            } else if (c == '"') {
                int end = skipQuoted(expression, i, '"');
                String quoted = expression.substring(i + 1, end - 1).replace("\"\"", "\"");
                identifiers.add(PostgresNames.truncated(quoted));
                i = end;
            } else if (c == '$' && i + 1 < length && expression.charAt(i + 1) == '$') {
                int close = expression.indexOf("$$", i + 2);
                i = close < 0 ? length : close + 2;
            } else if (c == '-' && i + 1 < length && expression.charAt(i + 1) == '-') {
                int newline = expression.indexOf('\n', i);
                i = newline < 0 ? length : newline + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < length && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_'
                        || expression.charAt(i) == '$')) {
                    i++;
                }
                String word = expression.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                identifiers.add(PostgresNames.truncated(word));
            } else {
                i++;
            }
        }
        return identifiers;
    }

    /** The index after the closing quote; a doubled quote inside is part of the text. */
    private static int skipQuoted(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }
}
