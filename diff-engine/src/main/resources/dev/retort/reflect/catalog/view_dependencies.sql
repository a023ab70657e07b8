-- What each view of the scope's schemas reads: the columns (or, for a whole-row use, the relations) its rewrite
-- rule depends on, wherever they are. A view whose column changes type must be dropped and recreated around
-- the change, and views on views in dependency order.
-- Parameter 1: the scope's schema names (text[]).
SELECT DISTINCT vn.nspname::text AS view_schema,
       v.relname::text AS view_name,
       rn.nspname::text AS used_schema,
       r.relname::text AS used_relation,
       r.relkind::text AS used_kind,
       a.attname::text AS used_column
FROM pg_depend d
JOIN pg_rewrite rw ON rw.oid = d.objid
JOIN pg_class v ON v.oid = rw.ev_class
JOIN pg_namespace vn ON vn.oid = v.relnamespace
JOIN pg_class r ON r.oid = d.refobjid
JOIN pg_namespace rn ON rn.oid = r.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid AND d.refobjsubid > 0
WHERE d.classid = 'pg_rewrite'::regclass
  AND d.refclassid = 'pg_class'::regclass
  AND d.deptype = 'n'
  AND v.relkind IN ('v', 'm')
  AND r.oid <> v.oid
  AND vn.nspname = ANY (?)
ORDER BY 1, 2, 3, 4, 6
