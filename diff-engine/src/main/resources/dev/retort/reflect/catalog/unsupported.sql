-- What the scope's schemas have that retort's model cannot describe, one row per finding, so that the
-- comparison reports it instead of skipping it: kind (table, column, index, constraint, enum type, other),
-- schema, object (the table, or the type), member (column, index, constraint, trigger; null for the object itself)
-- and a short description.
-- Parameter 1 (repeated): the scope's schema names (text[]).
WITH scope_tables AS (
    SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence, c.relispartition
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
      AND NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid
                      AND ext.deptype = 'e')
)
SELECT 'column' AS kind, t.nspname AS schema_name, t.relname AS object_name, a.attname::text AS member,
       'a generated column (GENERATED ALWAYS AS (' || pg_get_expr(d.adbin, d.adrelid) || ') STORED)' AS description
FROM scope_tables t
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attgenerated <> ''
UNION ALL
SELECT 'column', t.nspname, t.relname, a.attname::text, 'a column collation (' || co.collname || ')'
FROM scope_tables t
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type ty ON ty.oid = a.atttypid
JOIN pg_collation co ON co.oid = a.attcollation
WHERE a.attcollation <> 0 AND a.attcollation <> ty.typcollation
UNION ALL
SELECT 'constraint', t.nspname, t.relname, con.conname::text,
       CASE con.contype
         WHEN 'x' THEN 'an exclusion constraint (' || pg_get_constraintdef(con.oid) || ')'
         WHEN 'u' THEN 'a deferrable unique constraint'
         WHEN 'p' THEN 'a deferrable primary key'
         WHEN 'f' THEN 'a foreign key with MATCH FULL'
         ELSE 'a check constraint that is NOT VALID or NO INHERIT'
       END
FROM scope_tables t
JOIN pg_constraint con ON con.conrelid = t.oid
WHERE con.contype = 'x'
   OR (con.contype IN ('u', 'p') AND con.condeferrable)
   OR (con.contype = 'f' AND con.confmatchtype = 'f')
   OR (con.contype = 'c' AND (NOT con.convalidated OR con.connoinherit))
UNION ALL
SELECT 'index', t.nspname, t.relname, ic.relname::text,
       CASE WHEN i.indnatts > i.indnkeyatts THEN 'an index with INCLUDE columns'
            WHEN i.indnullsnotdistinct THEN 'a unique index with NULLS NOT DISTINCT'
            ELSE 'an index with a non-default operator class or collation' END
FROM scope_tables t
JOIN pg_index i ON i.indrelid = t.oid
JOIN pg_class ic ON ic.oid = i.indexrelid
WHERE i.indnatts > i.indnkeyatts
   OR i.indnullsnotdistinct
   OR EXISTS (SELECT 1 FROM unnest(i.indclass) WITH ORDINALITY AS k (opclass, position)
              JOIN pg_opclass oc ON oc.oid = k.opclass
              WHERE NOT oc.opcdefault)
   OR EXISTS (SELECT 1 FROM unnest(i.indcollation) AS k (collation_oid)
              JOIN pg_collation co ON co.oid = k.collation_oid
              WHERE k.collation_oid <> 0 AND co.collname <> 'default')
UNION ALL
SELECT 'table', t.nspname, t.relname, NULL,
       CASE WHEN t.relkind = 'p' THEN 'a partitioned table'
            WHEN t.relispartition THEN 'a partition of another table'
            WHEN t.relpersistence = 'u' THEN 'an unlogged table'
            ELSE 'table inheritance (INHERITS)' END
FROM scope_tables t
WHERE t.relkind = 'p' OR t.relispartition OR t.relpersistence = 'u'
   OR EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = t.oid)
UNION ALL
SELECT 'other', t.nspname, t.relname, tg.tgname::text, 'a trigger (' || pg_get_triggerdef(tg.oid) || ')'
FROM scope_tables t
JOIN pg_trigger tg ON tg.tgrelid = t.oid
WHERE NOT tg.tgisinternal
UNION ALL
SELECT 'other', n.nspname, ty.typname::text, NULL, 'a domain type (' || format_type(ty.typbasetype, ty.typtypmod) || ')'
FROM pg_type ty JOIN pg_namespace n ON n.oid = ty.typnamespace
WHERE ty.typtype = 'd' AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = ty.oid
                  AND ext.deptype = 'e')
ORDER BY 2, 3, 4
