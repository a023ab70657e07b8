-- SchemaCrawler FOREIGN_KEYS view: one row per column pair of the foreign keys OF the scope's tables (the
-- referenced table may be anywhere). Rules and deferrability use the java.sql.DatabaseMetaData codes:
-- cascade 0, restrict 1, set null 2, no action 3, set default 4; initially deferred 5, initially immediate 6,
-- not deferrable 7.
-- A foreign key that references a partitioned table also gets one internal pg_constraint row per referenced
-- partition, on the same referencing table and with the parent key as conparentid: those are left out.
SELECT
  NULL::text AS PKTABLE_CAT,
  pn.nspname::text AS PKTABLE_SCHEM,
  pc.relname::text AS PKTABLE_NAME,
  pa.attname::text AS PKCOLUMN_NAME,
  NULL::text AS FKTABLE_CAT,
  fn.nspname::text AS FKTABLE_SCHEM,
  fc.relname::text AS FKTABLE_NAME,
  fa.attname::text AS FKCOLUMN_NAME,
  k.ord::int AS KEY_SEQ,
  CASE con.confupdtype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'a' THEN 3 WHEN 'd' THEN 4 END
    AS UPDATE_RULE,
  CASE con.confdeltype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'a' THEN 3 WHEN 'd' THEN 4 END
    AS DELETE_RULE,
  con.conname::text AS FK_NAME,
  NULL::text AS PK_NAME,
  CASE WHEN con.condeferrable AND con.condeferred THEN 5 WHEN con.condeferrable THEN 6 ELSE 7 END
    AS DEFERRABILITY
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
  AND fn.nspname = ANY (${scope-schemas})
  AND NOT EXISTS (
    SELECT 1 FROM pg_constraint parent
    WHERE parent.oid = con.conparentid AND parent.conrelid = con.conrelid)
