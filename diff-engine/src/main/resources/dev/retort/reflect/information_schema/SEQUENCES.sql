-- SchemaCrawler SEQUENCES view: the scope's sequences, except those an identity column owns (pg_depend
-- deptype 'i'); a serial column's sequence (deptype 'a') is listed.
-- Extra columns become SchemaCrawler sequence attributes:
--   DATA_TYPE   format_type(seqtypid, NULL)
--   CACHE_SIZE  pg_sequence.seqcache
SELECT
  NULL::text AS SEQUENCE_CATALOG,
  n.nspname::text AS SEQUENCE_SCHEMA,
  c.relname::text AS SEQUENCE_NAME,
  s.seqstart::text AS START_VALUE,
  s.seqmin::text AS MINIMUM_VALUE,
  s.seqmax::text AS MAXIMUM_VALUE,
  s.seqincrement::text AS INCREMENT,
  CASE WHEN s.seqcycle THEN 'YES' ELSE 'NO' END AS CYCLE_OPTION,
  format_type(s.seqtypid, NULL) AS DATA_TYPE,
  s.seqcache AS CACHE_SIZE
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (${scope-schemas})
  AND NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid
                  AND ext.deptype = 'e')  -- an extension's own objects are the extension's business
  AND NOT EXISTS (
    SELECT 1 FROM pg_depend d
    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')
