-- SchemaCrawler TABLE_CONSTRAINTS view: the unique and check constraints of the scope's tables.
-- (Primary and foreign keys come from their own views; PostgreSQL's NOT NULL is not a constraint row here.)
-- Extra column, a SchemaCrawler constraint attribute:
--   CHECK_EXPRESSION  the check's expression as pg_get_constraintdef prints it after "CHECK ", outer
--                     parentheses kept, without the " NO INHERIT" / " NOT VALID" suffixes; null for unique.
-- It rides on this row rather than SchemaCrawler's CHECK_CONSTRAINTS view because SchemaCrawler matches
-- that view's rows by schema and constraint name only, and drops the definition of a name two tables share.
SELECT
  NULL::text AS CONSTRAINT_CATALOG,
  n.nspname::text AS CONSTRAINT_SCHEMA,
  con.conname::text AS CONSTRAINT_NAME,
  c.relname::text AS TABLE_NAME,
  CASE con.contype WHEN 'u' THEN 'UNIQUE' ELSE 'CHECK' END AS CONSTRAINT_TYPE,
  CASE WHEN con.condeferrable THEN 'YES' ELSE 'NO' END AS IS_DEFERRABLE,
  CASE WHEN con.condeferred THEN 'YES' ELSE 'NO' END AS INITIALLY_DEFERRED,
  CASE WHEN con.contype = 'c' THEN '(' || pg_get_expr(con.conbin, con.conrelid) || ')' END
    AS CHECK_EXPRESSION
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype IN ('u', 'c')
  AND c.relkind IN ('r', 'p')
  AND n.nspname = ANY (${scope-schemas})
