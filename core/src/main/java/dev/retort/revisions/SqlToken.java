package dev.retort.revisions;

/**
 * A lexical piece of PostgreSQL text: offsets {@code [start, end)} into the text and the 1-based line of its first
 * character. {@link SqlTokenizer} makes them; the splitter and the linter read statements through them.
 */
public record SqlToken(Kind kind, int start, int end, int line) {

    public enum Kind {
        /** Blanks and line breaks. */
        SPACE,
        /** Keywords, identifiers, numbers, operators: anything without a meaning to the splitter. */
        CODE,
        /** A '…', E'…' or $tag$…$tag$ string, or a "…" identifier. */
        QUOTED,
        /** {@code -- …} up to, not including, the line break. */
        LINE_COMMENT,
        /** {@code /* … *}{@code /}, nested. */
        BLOCK_COMMENT,
        /** A {@code ;} outside any string, identifier or comment: the end of a statement. */
        SEMICOLON
    }

    public boolean isSignificant() {
        return kind == Kind.CODE || kind == Kind.QUOTED;
    }

    public String text(String source) {
        return source.substring(start, end);
    }
}
