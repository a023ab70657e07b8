package dev.retort.reflect;

import java.util.List;

/**
 * The scope's schema names as a PostgreSQL {@code text[]} literal for the catalog SQL, e.g.
 * {@code ARRAY[E'public', E'Sales']::text[]}. Names are spelled in escape strings, which mean the same under
 * every {@code standard_conforming_strings}; quote, backslash, {@code $}, braces and control characters are
 * hex-escaped, so no name can end the literal nor form a {@code ${...}} that SchemaCrawler's templating would
 * expand.
 */
final class ScopeLiteral {

    private ScopeLiteral() {
    }

    static String of(List<String> schemas) {
        StringBuilder sql = new StringBuilder("ARRAY[");
        for (int i = 0; i < schemas.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append("E'");
            schemas.get(i).codePoints().forEach(c -> append(sql, c));
            sql.append('\'');
        }
        return sql.append("]::text[]").toString();
    }

    private static void append(StringBuilder sql, int codePoint) {
        boolean special = codePoint < 0x20 || codePoint == 0x7f || "'\\${}".indexOf(codePoint) >= 0;
        if (special) {
            sql.append(String.format("\\x%02x", codePoint));
        } else {
            sql.appendCodePoint(codePoint);
        }
    }
}
