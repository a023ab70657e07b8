package dev.retort.revisions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Groups tokens into statements the way psql does: a {@code ;} outside strings and comments ends a statement
 * unless it is inside parentheses (a rule's {@code DO (…; …)}) or inside the {@code BEGIN ATOMIC … END} body of a
 * {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}. The second rule is psql's own heuristic (psqlscan.l): in such a
 * statement, outside parentheses, {@code BEGIN} opens a block, {@code CASE} opens one inside a block, and {@code END}
 * closes one. A {@code -- DESTRUCTIVE} line comment among the comments before a statement marks it destructive;
 * {@code -- retort:lint-ignore} lines there (each starting its line) go with it for the linter.
 */
final class StatementSplitter {

    private static final List<String> LEADING_WORDS = List.of("create", "or", "replace", "function", "procedure");
    /** How the revision template marks a statement that may lose data ({@code -- DESTRUCTIVE: may lose data}). */
    private static final String DESTRUCTIVE = "-- DESTRUCTIVE";
    private static final String LINT_IGNORE = "-- retort:" + RevisionFile.LINT_IGNORE;

    /**
     * Statements split from a range of tokens.
     *
     * @param unterminatedLine the line of a last statement that no {@code ;} ends, or 0 when every one is ended
     * @param strayLintIgnoreLine the line of a {@code -- retort:lint-ignore} that no statement follows in the range,
     *                            or 0
     */
    record Split(List<SqlStatement> statements, int unterminatedLine, int strayLintIgnoreLine) {
    }

    private final String text;
    private final boolean transactional;
    private final List<SqlStatement> statements = new ArrayList<>();

    private SqlToken first;
    private SqlToken last;
    private boolean markedDestructive;
    private final List<LintIgnoreComment> lintIgnores = new ArrayList<>();
    private int parenDepth;
    private int beginDepth;
    /** psql's marks for the first four words: c(reate), o(r), r(eplace), f(unction), p(rocedure), or 0. */
    private final char[] leadingWords = new char[4];
    private int wordCount;

    private StatementSplitter(String text, boolean transactional) {
        this.text = text;
        this.transactional = transactional;
    }

    /** The statements made of {@code tokens[from, to)} of {@code text}; a last statement may lack its {@code ;}. */
    static List<SqlStatement> split(String text, List<SqlToken> tokens, int from, int to) {
        return split(text, tokens, from, to, true).statements();
    }

    /** The statements made of {@code tokens[from, to)}, marked as running inside a transaction or not. */
    static Split split(String text, List<SqlToken> tokens, int from, int to, boolean transactional) {
        StatementSplitter splitter = new StatementSplitter(text, transactional);
        for (SqlToken token : tokens.subList(from, to)) {
            splitter.accept(token);
        }
        int unterminatedLine = splitter.first == null ? 0 : splitter.first.line();
        int strayLintIgnoreLine = splitter.first == null && !splitter.lintIgnores.isEmpty()
                ? splitter.lintIgnores.get(0).line() : 0;
        splitter.finishStatement();
        return new Split(List.copyOf(splitter.statements), unterminatedLine, strayLintIgnoreLine);
    }

    private void accept(SqlToken token) {
        switch (token.kind()) {
            case SEMICOLON -> {
                if (parenDepth == 0 && beginDepth == 0) {
                    finishStatement();
                } else {
                    include(token);
                }
            }
            case CODE -> {
                include(token);
                readWordsAndParentheses(token);
            }
            case QUOTED -> include(token);
            case LINE_COMMENT -> {
                if (first == null && text.startsWith(DESTRUCTIVE, token.start())) {
                    markedDestructive = true;
                }
                if (first == null && isLintIgnore(token)) {
                    lintIgnores.add(new LintIgnoreComment(token.line(),
                            text.substring(token.start() + LINT_IGNORE.length(), token.end()).strip()));
                }
            }
            case SPACE, BLOCK_COMMENT -> {
                // Comments before a statement are not part of it; inside one they are kept with the text around them.
            }
        }
    }

    private void include(SqlToken token) {
        if (first == null) {
            first = token;
        }
        last = token;
    }

    private void finishStatement() {
        if (first != null) {
            statements.add(new SqlStatement(text.substring(first.start(), last.end()), first.line(), transactional,
                    markedDestructive, lintIgnores));
        }
        markedDestructive = false;
        lintIgnores.clear();
        first = null;
        last = null;
        parenDepth = 0;
        beginDepth = 0;
        wordCount = 0;
        Arrays.fill(leadingWords, '\0');
    }

    /** {@code -- retort:lint-ignore} followed by a blank or nothing, at the start of its line, as RevisionFile reads it. */
    private boolean isLintIgnore(SqlToken token) {
        int after = token.start() + LINT_IGNORE.length();
        return (token.start() == 0 || text.charAt(token.start() - 1) == '\n')
                && text.startsWith(LINT_IGNORE, token.start())
                && (after == token.end() || Character.isWhitespace(text.charAt(after)));
    }

    private void readWordsAndParentheses(SqlToken token) {
        int i = token.start();
        while (i < token.end()) {
            char c = text.charAt(i);
            if (c == '(') {
                parenDepth++;
                i++;
            } else if (c == ')') {
                parenDepth = Math.max(0, parenDepth - 1);
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c >= 0x80) {
                int end = i;
                while (end < token.end() && isWordPart(text.charAt(end))) {
                    end++;
                }
                if (!Character.isDigit(c)) {
                    word(text.substring(i, end).toLowerCase(Locale.ROOT));
                }
                i = end;
            } else {
                i++;
            }
        }
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }

    private void word(String word) {
        if (wordCount < leadingWords.length && LEADING_WORDS.contains(word)) {
            leadingWords[wordCount] = word.charAt(0);
        }
        wordCount++;
        if (!isRoutineDefinition() || parenDepth > 0) {
            return;
        }
        switch (word) {
            case "begin" -> beginDepth++;
            case "case" -> {
                if (beginDepth >= 1) {
                    beginDepth++;
                }
            }
            case "end" -> beginDepth = Math.max(0, beginDepth - 1);
            default -> {
                // other words do not open or close blocks
            }
        }
    }

    /** CREATE FUNCTION, CREATE PROCEDURE, or the same with OR REPLACE. */
    private boolean isRoutineDefinition() {
        char[] w = leadingWords;
        boolean routine = w[1] == 'f' || w[1] == 'p';
        boolean replacedRoutine = w[1] == 'o' && w[2] == 'r' && (w[3] == 'f' || w[3] == 'p');
        return w[0] == 'c' && (routine || replacedRoutine);
    }
}
