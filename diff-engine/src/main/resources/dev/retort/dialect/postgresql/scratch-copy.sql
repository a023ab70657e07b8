-- What normalizing in another database copies from this one besides its schema model: the extensions it has
-- installed (their types and functions appear in columns, defaults and checks), its own domain types (as their
-- base type: their constraints change no print) and its own functions and procedures (defaults and checks call
-- them; aggregates and window functions are left out). Readable by any user.
SELECT 'extension' AS kind, n.nspname::text AS schema_name, e.extname::text AS name, NULL AS definition
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
UNION ALL
SELECT 'domain', n.nspname::text, t.typname::text, format_type(t.typbasetype, t.typtypmod)
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'd'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                  AND d.deptype = 'e')
UNION ALL
SELECT 'function', n.nspname::text, p.proname::text, pg_get_functiondef(p.oid)
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                  AND d.deptype = 'e')
ORDER BY 1 DESC, 2, 3
