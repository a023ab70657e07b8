-- Everything PostgreSQL knows about the user schemas, one line per fact, independent of retort's reflector.
-- Column positions are left out on purpose: a column a downgrade adds back goes to the end of its table.
-- Parameter: none. Excludes pg_catalog, information_schema, pg_toast, temp schemas, retort_version and its primary key index.
WITH rels AS (
    SELECT c.oid, n.nspname, c.relname, c.relkind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
      AND c.relname NOT LIKE 'retort\_version%'  -- retort's version table and its key's index
)
SELECT 'schema ' || nspname
FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\_%'
UNION ALL
SELECT 'relation ' || nspname || '.' || relname || ' kind=' || relkind::text FROM rels
UNION ALL
SELECT 'column ' || r.nspname || '.' || r.relname || '.' || a.attname
       || ' type=' || format_type(a.atttypid, a.atttypmod)
       || ' notnull=' || a.attnotnull || ' identity=' || a.attidentity::text || ' generated=' || a.attgenerated::text
       || ' collation=' || coalesce((SELECT collname FROM pg_collation WHERE oid = a.attcollation), '-')
       || ' default=' || coalesce(pg_get_expr(d.adbin, d.adrelid), '-')
       || ' comment=' || coalesce(col_description(r.oid, a.attnum), '-')
FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = r.oid AND d.adnum = a.attnum
WHERE r.relkind IN ('r', 'p', 'v', 'm')
UNION ALL
SELECT 'constraint ' || r.nspname || '.' || r.relname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
FROM rels r JOIN pg_constraint con ON con.conrelid = r.oid
UNION ALL
SELECT 'index ' || pg_get_indexdef(i.indexrelid)
FROM rels r JOIN pg_index i ON i.indrelid = r.oid
UNION ALL
SELECT 'sequence ' || schemaname || '.' || sequencename || ' type=' || data_type::text || ' start=' || start_value
       || ' min=' || min_value || ' max=' || max_value || ' inc=' || increment_by || ' cycle=' || cycle
       || ' cache=' || cache_size
FROM pg_sequences WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
UNION ALL
SELECT 'comment ' || r.nspname || '.' || r.relname || ' ' || obj_description(r.oid, 'pg_class')
FROM rels r WHERE obj_description(r.oid, 'pg_class') IS NOT NULL
UNION ALL
SELECT 'view ' || r.nspname || '.' || r.relname || ' ' || pg_get_viewdef(r.oid, true)
FROM rels r WHERE r.relkind IN ('v', 'm')
UNION ALL
SELECT 'type ' || n.nspname || '.' || t.typname || ' ' || t.typtype::text || ' '
       || coalesce((SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e
                    WHERE e.enumtypid = t.oid), '')
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND t.typtype IN ('e', 'd', 'c') AND t.typrelid = 0
ORDER BY 1
