package dev.retort.reflect;

import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.IndexColumnSortSequence;
import schemacrawler.schema.Table;

/**
 * The indexes of a crawled table as model records. SchemaCrawler gives each index its name, uniqueness,
 * predicate and keys in order with their direction; the catalog SQL adds, as index attributes, the access
 * method and the pg_index key vectors, from which each key's kind (column or expression) and NULLS FIRST are
 * read, and every column the index depends on (by attribute number, the columns' ordinal position), from which
 * the columns its expressions, predicate and INCLUDE list read are named.
 */
final class Indexes {

    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    private Indexes() {
    }

    static List<Index> of(QualifiedName tableName, Table table) throws ReflectionException {
        Map<Integer, String> columnNames = new HashMap<>();
        table.getColumns().forEach(c -> columnNames.put(c.getOrdinalPosition(), c.getName()));
        List<Index> indexes = new ArrayList<>();
        for (schemacrawler.schema.Index index : table.getIndexes()) {
            indexes.add(index(tableName, index, columnNames));
        }
        return indexes;
    }

    private static Index index(QualifiedName table, schemacrawler.schema.Index index, Map<Integer, String> columnNames)
            throws ReflectionException {
        List<IndexColumn> columns = index.getColumns();
        long keyCount = CatalogAttributes.number(index, CatalogAttributes.INDEX_KEY_COUNT);
        int[] keyColumns = CatalogAttributes.vector(index, CatalogAttributes.INDEX_KEY_COLUMNS);
        int[] keyOptions = CatalogAttributes.vector(index, CatalogAttributes.INDEX_KEY_OPTIONS);
        // SchemaCrawler keeps an index's keys by name, so a key listed twice would silently collapse.
        if (columns.size() != keyCount || keyColumns.length < keyCount || keyOptions.length < keyCount) {
            throw new ReflectionException("index " + index.getName() + " of " + table + " has " + keyCount
                    + " keys but " + columns.size() + " distinct ones; retort cannot read an index that repeats"
                    + " a key, drop or rewrite it");
        }
        List<IndexKey> keys = new ArrayList<>();
        for (int k = 0; k < keyCount; k++) {
            IndexColumn column = columns.get(k);
            boolean descending = column.getSortSequence() == IndexColumnSortSequence.descending;
            boolean nullsFirst = (keyOptions[k] & NULLS_FIRST) != 0;
            if (descending != ((keyOptions[k] & DESC) != 0)) {
                throw new ReflectionException("index " + index.getName() + " of " + table
                        + ": key order and pg_index.indoption disagree");
            }
            keys.add(keyColumns[k] == 0
                    ? new IndexKey(null, column.getName(), descending, nullsFirst)
                    : new IndexKey(column.getName(), null, descending, nullsFirst));
        }
        List<String> used = new ArrayList<>();
        for (int attnum : CatalogAttributes.vector(index, CatalogAttributes.INDEX_COLUMNS_USED)) {
            String column = columnNames.get(attnum);
            if (column == null) {
                throw new ReflectionException("index " + index.getName() + " of " + table + " depends on column number "
                        + attnum + ", which the table's columns do not list");
            }
            used.add(column);
        }
        return new Index(index.getName(), keys, index.isUnique(),
                CatalogAttributes.text(index, CatalogAttributes.INDEX_METHOD), index.getFilterCondition(), used);
    }
}
