package dev.retort.lint;

import java.util.Locale;

/**
 * One word of a statement as the linter reads it: a {@link dev.retort.revisions.SqlTokenizer} token, with code
 * tokens cut further at punctuation ({@code public.orders(id)} is five words).
 */
record Word(Kind kind, String text) {

    enum Kind {
        /** An unquoted keyword or identifier, as written. */
        NAME,
        /** A {@code "…"} identifier, its quotes on. */
        QUOTED_NAME,
        /** A {@code '…'}, {@code E'…'} or dollar-quoted string. */
        STRING,
        NUMBER,
        /** Punctuation or an operator: {@code ( ) , . [ ] ::}, {@code =}, {@code >=}. */
        SYMBOL
    }

    /** Whether this is the unquoted keyword (any case). */
    boolean is(String keyword) {
        return kind == Kind.NAME && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isName() {
        return kind == Kind.NAME || kind == Kind.QUOTED_NAME;
    }

    /** The identifier as PostgreSQL stores it: unquoted folds to lower case, quoted keeps its case. */
    String folded() {
        if (kind == Kind.QUOTED_NAME) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
