-- SchemaCrawler TABLES view: tables (plain and partitioned) and views (plain and materialized) of the scope.
SELECT
  NULL::text AS TABLE_CAT,
  n.nspname::text AS TABLE_SCHEM,
  c.relname::text AS TABLE_NAME,
  CASE c.relkind
    WHEN 'r' THEN 'TABLE'
    WHEN 'p' THEN 'PARTITIONED TABLE'
    WHEN 'v' THEN 'VIEW'
    WHEN 'm' THEN 'MATERIALIZED VIEW'
  END AS TABLE_TYPE,
  d.description AS REMARKS
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description d
  ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE c.relkind IN ('r', 'p', 'v', 'm')
  AND n.nspname = ANY (${scope-schemas})
  AND NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid
                  AND ext.deptype = 'e')  -- an extension's own objects are the extension's business
