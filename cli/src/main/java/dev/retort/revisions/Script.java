package dev.retort.revisions;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered statements of one section (upgrade or downgrade) of a revision file. Statements are split the way
 * PostgreSQL reads them: a {@code ;} ends a statement except inside strings, quoted identifiers, dollar quotes and
 * comments; fragments that hold only comments are not statements; a last statement may omit its {@code ;}.
 */
public record Script(List<SqlStatement> statements) {

    public Script {
        statements = List.copyOf(statements);
    }

    public static Script empty() {
        return new Script(List.of());
    }

    /**
     * Splits PostgreSQL text into statements; lines count from the text's first line.
     *
     * @throws IllegalArgumentException when a string, quoted identifier or comment is never closed
     */
    public static Script parse(String text) {
        try {
            List<SqlToken> tokens = SqlTokenizer.tokenize(text);
            return split(text, tokens, 0, tokens.size());
        } catch (SqlTextException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The statements made of {@code tokens[from, to)} of {@code text}. */
    static Script split(String text, List<SqlToken> tokens, int from, int to) {
        List<SqlStatement> statements = new ArrayList<>();
        SqlToken first = null;
        SqlToken last = null;
        for (SqlToken token : tokens.subList(from, to)) {
            if (token.kind() == SqlToken.Kind.SEMICOLON) {
                if (first != null) {
                    statements.add(new SqlStatement(text.substring(first.start(), last.end()), first.line()));
                }
                first = null;
                last = null;
            } else if (token.isSignificant()) {
                if (first == null) {
                    first = token;
                }
                last = token;
            }
        }
        if (first != null) {
            statements.add(new SqlStatement(text.substring(first.start(), last.end()), first.line()));
        }
        return new Script(statements);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    public int size() {
        return statements.size();
    }
}
