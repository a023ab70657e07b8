-- SchemaCrawler CONSTRAINT_COLUMN_USAGE view: the columns of the unique and check constraints.
-- ORDINAL_POSITION orders them: a unique constraint's columns in constraint (conkey) order, a check
-- constraint's columns in attnum order.
SELECT
  NULL::text AS CONSTRAINT_CATALOG,
  n.nspname::text AS CONSTRAINT_SCHEMA,
  c.relname::text AS TABLE_NAME,
  con.conname::text AS CONSTRAINT_NAME,
  a.attname::text AS COLUMN_NAME,
  (CASE WHEN con.contype = 'c' THEN a.attnum ELSE k.ord END)::int AS ORDINAL_POSITION
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k (attnum, ord)
JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
WHERE con.contype IN ('u', 'c')
  AND c.relkind IN ('r', 'p')
  AND n.nspname = ANY (${scope-schemas})
