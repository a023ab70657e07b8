-- SchemaCrawler PRIMARY_KEYS view: one row per primary key column, KEY_SEQ in key order.
SELECT
  NULL::text AS TABLE_CAT,
  n.nspname::text AS TABLE_SCHEM,
  c.relname::text AS TABLE_NAME,
  a.attname::text AS COLUMN_NAME,
  k.ord::int AS KEY_SEQ,
  con.conname::text AS PK_NAME
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k (attnum, ord)
JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
WHERE con.contype = 'p'
  AND c.relkind IN ('r', 'p')
  AND n.nspname = ANY (${scope-schemas})
