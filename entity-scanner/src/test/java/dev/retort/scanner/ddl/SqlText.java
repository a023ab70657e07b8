package dev.retort.scanner.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.retort.schema.QualifiedName;

/** Lexical helpers for Hibernate's PostgreSQL DDL: top-level splitting, identifiers, parenthesised groups. */
final class SqlText {

    private SqlText() {
    }

    /** Splits on {@code separator} outside parentheses and quotes. */
    static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        return parts;
    }

    /** The index just after the parenthesis closing the one at {@code open}. */
    static int closingParen(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in " + text);
    }

    /** The first occurrence of any keyword at top level from {@code from}, or the text length. */
    static int indexOfTopLevel(String text, int from, String... keywords) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0) {
                for (String keyword : keywords) {
                    if (text.startsWith(keyword, i)) {
                        return i;
                    }
                }
            }
        }
        return text.length();
    }

    /** What PostgreSQL stores for an identifier token: quoted keeps its text, unquoted folds ASCII. */
    static String identifier(String token) {
        String text = token.strip();
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        StringBuilder folded = new StringBuilder();
        for (char c : text.toCharArray()) {
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return folded.toString();
    }

    /** A possibly qualified name; an unqualified one lands in {@code public}, PostgreSQL's default search path. */
    static QualifiedName qualified(String token) {
        List<String> parts = splitDots(token.strip());
        return switch (parts.size()) {
            case 1 -> new QualifiedName("public", identifier(parts.get(0)));
            case 2 -> new QualifiedName(identifier(parts.get(0)), identifier(parts.get(1)));
            default -> new QualifiedName(identifier(parts.get(parts.size() - 2)), identifier(parts.get(parts.size() - 1)));
        };
    }

    /** Splits a dotted name on dots outside double quotes. */
    static List<String> splitDots(String token) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                parts.add(token.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(token.substring(start));
        return parts;
    }

    /** Identifiers of a parenthesised, comma-separated column list. */
    static List<String> columnList(String inParens) {
        String inner = inParens.strip();
        inner = inner.substring(1, inner.length() - 1);
        return splitTopLevel(inner, ',').stream().map(SqlText::identifier).toList();
    }

    /** The expression without parentheses that wrap all of it: {@code ((a > 0))} gives {@code a > 0}. */
    static String unwrap(String expression) {
        String text = expression.strip();
        while (text.startsWith("(") && closingParen(text, 0) == text.length()) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }
}
