-- What the linter knows of the database's own tables (not PostgreSQL's, not an extension's) before the linted
-- revisions run: their estimated rows, their size with indexes and TOAST, and their columns' types.
-- reltuples is -1 for a table never vacuumed or analyzed: its heap's size then tells an empty table, and the
-- statistics' live tuple count (kept from inserts and deletes without ANALYZE) estimates the rows of another.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       c.reltuples::float8 AS reltuples,
       pg_relation_size(c.oid) AS heap_bytes,
       pg_total_relation_size(c.oid) AS total_bytes,
       pg_stat_get_live_tuples(c.oid) AS live_tuples,
       ARRAY(SELECT a.attname::text FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS column_names,
       ARRAY(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS column_types
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT LIKE 'pg\_%'
  AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
