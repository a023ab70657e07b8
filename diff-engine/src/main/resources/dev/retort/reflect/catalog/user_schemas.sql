-- The database's own schemas: everything but PostgreSQL's (pg_*, information_schema) and those an extension
-- created. Retort reads all of them, so that a schema the entities stopped naming is still seen (and its objects
-- reported), never silently forgotten.
SELECT n.nspname::text AS schema_name
FROM pg_namespace n
WHERE n.nspname NOT LIKE 'pg\_%'
  AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
ORDER BY 1
