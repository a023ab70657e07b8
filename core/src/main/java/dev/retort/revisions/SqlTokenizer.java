package dev.retort.revisions;

import dev.retort.revisions.SqlToken.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts PostgreSQL text into {@link SqlToken}s with the lexical rules that decide where a statement ends: a
 * {@code ;} counts only outside '…' strings ('' escapes), E'…' strings (backslash escapes), "…" identifiers
 * ("" escapes), $tag$…$tag$ dollar quotes, -- line comments and nested block comments. It assumes
 * {@code standard_conforming_strings = on}, PostgreSQL's default since 9.1. The one lexer of PostgreSQL text in
 * retort: whatever reads SQL (the splitter, the linter) reads these tokens.
 */
public final class SqlTokenizer {

    private final String text;
    private final List<SqlToken> tokens = new ArrayList<>();
    private int position;
    private int line = 1;

    private SqlTokenizer(String text) {
        this.text = text;
    }

    /**
     * @throws RuntimeException (a {@code SqlTextException} naming the line) when a string, identifier or comment is
     *                          never closed; the text of a {@link SqlStatement} read from a file never is
     */
    public static List<SqlToken> tokenize(String text) {
        SqlTokenizer tokenizer = new SqlTokenizer(text);
        tokenizer.run();
        return List.copyOf(tokenizer.tokens);
    }

    private void run() {
        while (position < text.length()) {
            int start = position;
            int startLine = line;
            Kind kind = scanOne();
            tokens.add(new SqlToken(kind, start, position, startLine));
            line += countLineBreaks(start, position);
        }
    }

    /** Consumes one token; {@link #line} is still the line where it starts, which is what errors name. */
    private Kind scanOne() {
        char c = text.charAt(position);
        if (Character.isWhitespace(c)) {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            return Kind.SPACE;
        }
        if (c == ';') {
            position++;
            return Kind.SEMICOLON;
        }
        if (startsWith("--")) {
            int lineBreak = text.indexOf('\n', position);
            position = lineBreak < 0 ? text.length() : lineBreak;
            return Kind.LINE_COMMENT;
        }
        if (startsWith("/*")) {
            skipBlockComment();
            return Kind.BLOCK_COMMENT;
        }
        if (c == '\'') {
            skipString(isEscapeStringPrefix());
            return Kind.QUOTED;
        }
        if (c == '"') {
            skipQuoted('"', "quoted identifier");
            return Kind.QUOTED;
        }
        String dollarTag = dollarTagAt(position);
        if (dollarTag != null) {
            skipDollarQuote(dollarTag);
            return Kind.QUOTED;
        }
        skipCode();
        return Kind.CODE;
    }

    private void skipCode() {
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (Character.isWhitespace(c) || c == ';' || c == '\'' || c == '"' || startsWith("--") || startsWith("/*")
                    || (c == '$' && dollarTagAt(position) != null)) {
                return;
            }
            position++;
        }
    }

    private void skipBlockComment() {
        int depth = 0;
        while (position < text.length()) {
            if (startsWith("/*")) {
                depth++;
                position += 2;
            } else if (startsWith("*/")) {
                depth--;
                position += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                position++;
            }
        }
        throw new SqlTextException(line, "unterminated /* comment");
    }

    /** A standard string doubles its quotes; an E'…' string also escapes any character with a backslash. */
    private void skipString(boolean backslashEscapes) {
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (backslashEscapes && c == '\\') {
                position += 2;
            } else if (c == '\'') {
                if (startsWith("''")) {
                    position += 2;
                } else {
                    position++;
                    return;
                }
            } else {
                position++;
            }
        }
        throw new SqlTextException(line, backslashEscapes ? "unterminated E'…' string" : "unterminated '…' string");
    }

    private void skipQuoted(char quote, String what) {
        position++;
        while (position < text.length()) {
            if (text.charAt(position) == quote) {
                if (position + 1 < text.length() && text.charAt(position + 1) == quote) {
                    position += 2;
                    continue;
                }
                position++;
                return;
            }
            position++;
        }
        throw new SqlTextException(line, "unterminated " + what);
    }

    private void skipDollarQuote(String tag) {
        int bodyStart = position + tag.length();
        int close = text.indexOf(tag, bodyStart);
        if (close < 0) {
            throw new SqlTextException(line, "unterminated dollar-quoted string " + tag);
        }
        position = close + tag.length();
    }

    /**
     * The opening {@code $tag$} at {@code at}, or null. A {@code $} inside an identifier ({@code a$b}) or a
     * parameter ({@code $1}) opens nothing; PostgreSQL's tags follow identifier rules without the {@code $}.
     */
    private String dollarTagAt(int at) {
        if (text.charAt(at) != '$' || (at > 0 && isIdentifierPart(text.charAt(at - 1)))) {
            return null;
        }
        int end = at + 1;
        if (end < text.length() && isIdentifierStart(text.charAt(end))) {
            end++;
            while (end < text.length() && isIdentifierPart(text.charAt(end)) && text.charAt(end) != '$') {
                end++;
            }
        }
        if (end < text.length() && text.charAt(end) == '$') {
            return text.substring(at, end + 1);
        }
        return null;
    }

    /** E'…' (or e'…') opens an escape string only when the E is a word of its own, not the end of an identifier. */
    private boolean isEscapeStringPrefix() {
        if (position == 0) {
            return false;
        }
        char previous = text.charAt(position - 1);
        if (previous != 'E' && previous != 'e') {
            return false;
        }
        return position < 2 || !isIdentifierPart(text.charAt(position - 2));
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || Character.isDigit(c) || c == '$';
    }

    private boolean startsWith(String prefix) {
        return text.startsWith(prefix, position);
    }

    private int countLineBreaks(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
