package dev.retort.scanner;

import java.util.Locale;

/**
 * A {@code @Column(columnDefinition = ...)} as PostgreSQL will read it. Hibernate copies the definition into its
 * DDL verbatim after the column name, so {@code varchar(20) default 'new' not null} is a type, a default and a
 * NOT NULL, not a type. This splits off the default and the nullability, which the model can say, and keeps any
 * other clause (check, unique, references, collate, generated...) as {@link #rest()} to be warned about.
 *
 * @param type     the type part, before the first clause
 * @param defaultExpression the {@code default} expression, {@code null} when there is none
 * @param notNull  whether the definition says {@code not null}
 * @param rest     the clauses the model cannot say, empty when there are none
 */
record ColumnDefinition(String type, String defaultExpression, boolean notNull, String rest) {

    private static final String[] CLAUSES = {" default ", " not null", " null", " check", " unique", " primary key",
            " references ", " collate ", " generated ", " constraint "};

    static ColumnDefinition parse(String definition) {
        String text = " " + definition.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        int at = nextClause(lower, 1);
        String type = text.substring(0, at).strip();
        String defaultExpression = null;
        boolean notNull = false;
        StringBuilder rest = new StringBuilder();
        while (at < text.length()) {
            int next = nextClause(lower, at + keywordAt(lower, at).length());
            String clause = text.substring(at, next).strip();
            String clauseLower = clause.toLowerCase(Locale.ROOT);
            if (clauseLower.startsWith("default ")) {
                defaultExpression = clause.substring("default ".length()).strip();
            } else if (clauseLower.equals("not null")) {
                notNull = true;
            } else if (!clauseLower.equals("null")) {
                rest.append(rest.isEmpty() ? "" : " ").append(clause);
            }
            at = next;
        }
        return new ColumnDefinition(type, defaultExpression, notNull, rest.toString());
    }

    /** The next clause keyword at top level (outside parentheses and quotes) from {@code from}, or the end. */
    private static int nextClause(String lower, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == ' ') {
                for (String clause : CLAUSES) {
                    if (lower.startsWith(clause, i) && wordEnds(lower, i + clause.length(), clause)) {
                        return i;
                    }
                }
            }
        }
        return lower.length();
    }

    private static String keywordAt(String lower, int at) {
        for (String clause : CLAUSES) {
            if (lower.startsWith(clause, at)) {
                return clause;
            }
        }
        throw new IllegalStateException("no clause at " + at + " of " + lower);
    }

    private static boolean wordEnds(String lower, int end, String clause) {
        return clause.endsWith(" ") || end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
    }
}
