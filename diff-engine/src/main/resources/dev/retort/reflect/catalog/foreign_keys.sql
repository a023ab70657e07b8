-- The foreign keys OF the scope's tables (the referenced table may be anywhere), one row per column pair in
-- key order. Read by the reflector itself, not through SchemaCrawler: once SchemaCrawler holds foreign keys
-- it sorts all tables by them (TablesGraph), which costs O(depth x tables x keys) and took 6-8 s for 1000
-- chained tables.
-- The one parameter is the scope's schema names as a text[].
-- A foreign key that references a partitioned table also gets one internal pg_constraint row per referenced
-- partition, on the same referencing table and with the parent key as conparentid: those are left out.
SELECT
  fn.nspname::text AS table_schema,
  fc.relname::text AS table_name,
  con.conname::text AS constraint_name,
  fa.attname::text AS column_name,
  pn.nspname::text AS referenced_schema,
  pc.relname::text AS referenced_table,
  pa.attname::text AS referenced_column,
  con.confdeltype::text AS on_delete,
  con.confupdtype::text AS on_update,
  con.condeferrable AS deferrable,
  con.condeferred AS initially_deferred
FROM pg_constraint con
JOIN pg_class fc ON fc.oid = con.conrelid
JOIN pg_namespace fn ON fn.oid = fc.relnamespace
JOIN pg_class pc ON pc.oid = con.confrelid
JOIN pg_namespace pn ON pn.oid = pc.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k (fk_attnum, pk_attnum, ord)
JOIN pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attnum = k.fk_attnum
JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.pk_attnum
WHERE con.contype = 'f'
  AND fc.relkind IN ('r', 'p')
  AND fn.nspname = ANY (?)
  AND NOT EXISTS (
    SELECT 1 FROM pg_constraint parent
    WHERE parent.oid = con.conparentid AND parent.conrelid = con.conrelid)
ORDER BY fn.nspname, fc.relname, con.conname, k.ord
