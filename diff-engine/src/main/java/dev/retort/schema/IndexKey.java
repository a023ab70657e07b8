package dev.retort.schema;

/**
 * One key of an index: a column or an expression, with its sort options.
 *
 * @param column     the column name, or {@code null} for an expression key
 * @param expression the expression as the database prints it, or {@code null} for a column key
 * @param nullsFirst whether NULLs sort first; the database default is {@code descending}
 */
public record IndexKey(String column, String expression, boolean descending, boolean nullsFirst) {

    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is either a column or an expression");
        }
    }

    public static IndexKey column(String column) {
        return new IndexKey(column, null, false, false);
    }

    public static IndexKey column(String column, boolean descending) {
        return new IndexKey(column, null, descending, descending);
    }

    public static IndexKey expression(String expression) {
        return new IndexKey(null, expression, false, false);
    }

    public boolean isColumn() {
        return column != null;
    }

    @Override
    public String toString() {
        String key = isColumn() ? column : "(" + expression + ")";
        String order = descending ? " DESC" : "";
        String nulls = nullsFirst == descending ? "" : nullsFirst ? " NULLS FIRST" : " NULLS LAST";
        return key + order + nulls;
    }
}
