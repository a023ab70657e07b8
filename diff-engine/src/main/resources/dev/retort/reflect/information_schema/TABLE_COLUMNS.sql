-- SchemaCrawler TABLE_COLUMNS view: the live columns of the scope's tables, in attnum order.
-- Extra columns become SchemaCrawler column attributes:
--   FORMATTED_TYPE  format_type(atttypid, atttypmod), the canonical type text the model keeps
--   IDENTITY_KIND   pg_attribute.attidentity: 'a' always, 'd' by default, '' none
-- A generated column's expression lives in pg_attrdef too; it is not a default, so COLUMN_DEF leaves it out.
SELECT
  NULL::text AS TABLE_CAT,
  n.nspname::text AS TABLE_SCHEM,
  c.relname::text AS TABLE_NAME,
  a.attname::text AS COLUMN_NAME,
  a.attnum::int AS ORDINAL_POSITION,
  1111 AS DATA_TYPE,
  t.typname::text AS TYPE_NAME,
  CASE WHEN a.attnotnull THEN 0 ELSE 1 END AS NULLABLE,
  CASE WHEN a.attidentity <> '' THEN 'YES' ELSE 'NO' END AS IS_AUTOINCREMENT,
  CASE WHEN a.attgenerated <> '' THEN 'YES' ELSE 'NO' END AS IS_GENERATEDCOLUMN,
  d.description AS REMARKS,
  CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS COLUMN_DEF,
  format_type(a.atttypid, a.atttypmod) AS FORMATTED_TYPE,
  a.attidentity::text AS IDENTITY_KIND
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_description d
  ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
WHERE c.relkind IN ('r', 'p')
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND n.nspname = ANY (${scope-schemas})
