-- SchemaCrawler SCHEMATA view: the scope's schemas that exist.
-- ${scope-schemas} is replaced by a text[] literal of the scope's schema names before SchemaCrawler runs.
SELECT
  NULL::text AS CATALOG_NAME,
  n.nspname::text AS SCHEMA_NAME
FROM pg_namespace n
WHERE n.nspname = ANY (${scope-schemas})
