-- SchemaCrawler INDEXES view: one row per key (1..indnkeyatts) of every index of the scope's tables that does
-- not back a primary key, unique or exclusion constraint of that table. (A foreign key's conindid names an
-- index of the REFERENCED table, which is a plain index of its own and stays listed.)
-- COLUMN_NAME is the column name, or for an expression key pg_get_indexdef(indexrelid, k, true).
-- Extra columns become SchemaCrawler index attributes (the same on every row of one index):
--   INDEX_METHOD       pg_am.amname
--   INDEX_KEY_COLUMNS  pg_index.indkey as text ("2 0 1"): 0 marks an expression key
--   INDEX_KEY_OPTIONS  pg_index.indoption as text: bit 1 DESC, bit 2 NULLS FIRST
--   INDEX_KEY_COUNT    pg_index.indnkeyatts
--   INDEX_COLUMNS_USED the attnums of every column the index depends on (pg_depend): its column keys, and the
--                      columns its expressions, predicate and INCLUDE list read; space-separated, ascending.
--                      PostgreSQL drops the index with any of them.
SELECT
  NULL::text AS TABLE_CAT,
  n.nspname::text AS TABLE_SCHEM,
  c.relname::text AS TABLE_NAME,
  NOT i.indisunique AS NON_UNIQUE,
  NULL::text AS INDEX_QUALIFIER,
  ic.relname::text AS INDEX_NAME,
  3 AS TYPE,
  k.ord AS ORDINAL_POSITION,
  CASE WHEN i.indkey[k.ord - 1] <> 0 THEN a.attname::text
       ELSE pg_get_indexdef(i.indexrelid, k.ord, true) END AS COLUMN_NAME,
  CASE WHEN (i.indoption[k.ord - 1] & 1) = 1 THEN 'D' ELSE 'A' END AS ASC_OR_DESC,
  0 AS CARDINALITY,
  0 AS PAGES,
  pg_get_expr(i.indpred, i.indrelid) AS FILTER_CONDITION,
  am.amname::text AS INDEX_METHOD,
  i.indkey::text AS INDEX_KEY_COLUMNS,
  i.indoption::text AS INDEX_KEY_OPTIONS,
  i.indnkeyatts::int AS INDEX_KEY_COUNT,
  (SELECT string_agg(d.refobjsubid::text, ' ' ORDER BY d.refobjsubid)
   FROM pg_depend d
   WHERE d.classid = 'pg_class'::regclass AND d.objid = i.indexrelid
     AND d.refclassid = 'pg_class'::regclass AND d.refobjid = i.indrelid AND d.refobjsubid > 0)
    AS INDEX_COLUMNS_USED
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL generate_series(1, i.indnkeyatts::int) AS k (ord)
LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.ord - 1]
WHERE c.relkind IN ('r', 'p')
  AND n.nspname = ANY (${scope-schemas})
  AND NOT EXISTS (
    SELECT 1 FROM pg_constraint con
    WHERE con.conrelid = i.indrelid AND con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
