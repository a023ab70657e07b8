package dev.retort.revisions;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered statements of one section (upgrade or downgrade) of a revision file. Statements are split the way
 * psql splits them: a {@code ;} ends a statement except inside strings, quoted identifiers, dollar quotes, comments,
 * parentheses and the {@code BEGIN ATOMIC … END} body of a function or procedure; fragments that hold only comments
 * are not statements; a last statement may omit its {@code ;}.
 *
 * <p>Statements of a {@code -- retort:no-transaction} block are marked non-transactional; see {@link #blocks()}.
 */
public record Script(List<SqlStatement> statements) {

    /** Consecutive statements that run together in one transaction, or each on its own outside any. */
    public record Block(boolean transactional, List<SqlStatement> statements) {
        public Block {
            statements = List.copyOf(statements);
        }
    }

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

    /** How many statements the revision marks as possibly losing data (see {@link SqlStatement#destructive()}). */
    public int destructive() {
        return (int) statements.stream().filter(SqlStatement::destructive).count();
    }

    /** Whether every statement runs inside the revision's one transaction (no {@code no-transaction} block). */
    public boolean isTransactional() {
        return statements.stream().allMatch(SqlStatement::transactional);
    }

    /** The statements grouped into runs of the same kind, in order. */
    public List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        List<SqlStatement> run = new ArrayList<>();
        for (SqlStatement statement : statements) {
            if (!run.isEmpty() && run.get(0).transactional() != statement.transactional()) {
                blocks.add(new Block(run.get(0).transactional(), run));
                run = new ArrayList<>();
            }
            run.add(statement);
        }
        if (!run.isEmpty()) {
            blocks.add(new Block(run.get(0).transactional(), run));
        }
        return blocks;
    }
}
