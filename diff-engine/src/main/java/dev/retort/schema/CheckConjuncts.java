package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A check expression as its operands of a top-level AND, in a fixed order: {@code ((a >= 0) AND (a <= 9))} and
 * {@code ((a <= 9) AND (a >= 0))} are one constraint. Reads the database's printing, where BETWEEN is already
 * spelled as two comparisons; parentheses count only outside '...' strings and "..." identifiers. An expression
 * with no top-level AND (or with a BETWEEN left in it) stays as it is.
 */
final class CheckConjuncts {

    private CheckConjuncts() {
    }

    static String sorted(String expression) {
        List<String> operands = new ArrayList<>();
        collect(expression, operands);
        if (operands.size() < 2) {
            return expression;
        }
        operands.sort(null);
        return String.join(" AND ", operands);
    }

    /** The operands of AND at the top level of {@code expression}, flattened through nested ANDs. */
    private static void collect(String expression, List<String> operands) {
        String inner = withoutOuterParentheses(expression.strip());
        List<String> parts = splitAtTopLevelAnd(inner);
        if (parts.size() < 2) {
            operands.add(inner);
            return;
        }
        parts.forEach(part -> collect(part, operands));
    }

    private static String withoutOuterParentheses(String text) {
        while (text.length() >= 2 && text.charAt(0) == '(' && closingOf(text, 0) == text.length() - 1) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closingOf(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfQuoted(text, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitAtTopLevelAnd(String text) {
        List<String> parts = new ArrayList<>();
        String upper = text.toUpperCase(Locale.ROOT);
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfQuoted(text, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && isWord(upper, i, "BETWEEN")) {
                return List.of(text);
            } else if (depth == 0 && isWord(upper, i, "AND")) {
                parts.add(text.substring(start, i).strip());
                start = i + 3;
            }
        }
        parts.add(text.substring(start).strip());
        return parts;
    }

    private static boolean isWord(String upper, int at, String word) {
        return upper.startsWith(word, at) && (at == 0 || !isIdentifierPart(upper.charAt(at - 1)))
                && (at + word.length() == upper.length() || !isIdentifierPart(upper.charAt(at + word.length())));
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** The index of the quote that closes the one at {@code open} (a doubled quote is an escaped one). */
    private static int endOfQuoted(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return text.length() - 1;
    }
}
