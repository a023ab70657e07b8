package dev.retort.revisions;

import java.util.List;

/**
 * The ordered statements of one section (upgrade or downgrade) of a revision file. Statements are split the way
 * psql splits them: a {@code ;} ends a statement except inside strings, quoted identifiers, dollar quotes, comments,
 * parentheses and the {@code BEGIN ATOMIC … END} body of a function or procedure; fragments that hold only comments
 * are not statements; a last statement may omit its {@code ;}.
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
        return new Script(StatementSplitter.split(text, tokens, from, to));
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    public int size() {
        return statements.size();
    }
}
