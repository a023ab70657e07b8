-- How PostgreSQL prints the samples in the normalizer's work schema: each column's type and default, each check's
-- expression and the columns it reads. The expressions are the reflector's own (information_schema/TABLE_COLUMNS.sql,
-- TABLE_CONSTRAINTS.sql, CONSTRAINT_COLUMN_USAGE.sql), run under the same pinned output settings, so that a sample
-- prints exactly as the same object in a live schema does. Parameter 1 and 2: the work schema's name.
SELECT 'column' AS kind, c.relname::text AS table_name, a.attname::text AS name,
       format_type(a.atttypid, a.atttypmod) AS type_text, pg_get_expr(ad.adbin, ad.adrelid) AS expression,
       NULL::text[] AS columns
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE n.nspname = ? AND c.relkind = 'r'
UNION ALL
SELECT 'check', c.relname::text, con.conname::text, NULL, '(' || pg_get_expr(con.conbin, con.conrelid) || ')',
       ARRAY(SELECT att.attname::text
             FROM unnest(con.conkey) AS k (attnum)
             JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.attnum
             ORDER BY k.attnum)
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ? AND con.contype = 'c'
