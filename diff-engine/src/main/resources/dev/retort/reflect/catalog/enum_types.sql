-- The enum types of the scope's schemas, with their labels in sort order (their meaning), and whether the
-- implicit WITH INOUT casts from and to character varying exist (Hibernate creates them for a named enum).
-- Parameter 1: the scope's schema names (text[]).
SELECT n.nspname::text AS type_schema,
       t.typname::text AS type_name,
       array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels,
       EXISTS (SELECT 1 FROM pg_cast c WHERE c.castsource = 'character varying'::regtype AND c.casttarget = t.oid
                 AND c.castmethod = 'i' AND c.castcontext = 'i')
       AND EXISTS (SELECT 1 FROM pg_cast c WHERE c.castsource = t.oid AND c.casttarget = 'character varying'::regtype
                 AND c.castmethod = 'i' AND c.castcontext = 'i') AS varchar_casts
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_enum e ON e.enumtypid = t.oid
WHERE t.typtype = 'e'
  AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid
                  AND ext.deptype = 'e')
GROUP BY n.nspname, t.typname, t.oid
ORDER BY 1, 2
