package dev.retort.adoption;

import dev.retort.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of every user table (retort's version table aside), as a count and a digest of the rows' text in
 * the columns the table had when it was read: comparing two readings says that no value changed, even in a table
 * a revision has since widened or given a column more.
 */
record TableData(Map<String, List<String>> columns, Map<String, String> digests) {

    private static final String TABLES = """
            select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
            where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
              and table_name <> 'retort_version' order by 1""";

    /** Reads every table's rows in all its columns. */
    static TableData of(TestDatabase database) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String table : database.queryColumn(TABLES)) {
            columns.put(table, database.queryColumn("select quote_ident(attname) from pg_attribute where attrelid = '"
                    + table.replace("'", "''") + "'::regclass and attnum > 0 and not attisdropped order by attname"));
        }
        return read(database, columns);
    }

    /** Reads the same tables and columns again, now. */
    TableData again(TestDatabase database) {
        return read(database, columns);
    }

    private static TableData read(TestDatabase database, Map<String, List<String>> columns) {
        Map<String, String> digests = new LinkedHashMap<>();
        columns.forEach((table, names) -> digests.put(table, database.queryColumn("select count(*) || ' rows, md5 '"
                + " || coalesce(md5(string_agg(r, E'\\n' order by r)), '-') from (select row(" + String.join(", ", names)
                + ")::text as r from " + table + ") rows").get(0)));
        return new TableData(Map.copyOf(columns), digests);
    }

    /** The tables without a row: every adoption table must hold data. */
    List<String> emptyTables() {
        return digests.entrySet().stream().filter(e -> e.getValue().startsWith("0 rows")).map(Map.Entry::getKey)
                .toList();
    }
}
