-- SchemaCrawler VIEWS view: the definitions of the scope's views and materialized views.
SELECT
  NULL::text AS TABLE_CATALOG,
  n.nspname::text AS TABLE_SCHEMA,
  c.relname::text AS TABLE_NAME,
  pg_get_viewdef(c.oid, true) AS VIEW_DEFINITION,
  NULL::text AS CHECK_OPTION,
  'NO' AS IS_UPDATABLE
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND n.nspname = ANY (${scope-schemas})
  AND NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid
                  AND ext.deptype = 'e')  -- an extension's own objects are the extension's business
