-- Whether the version table exists; parameters: schema name, table name (catalog spelling, unquoted).
select 1
from pg_catalog.pg_class c
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where n.nspname = ?
  and c.relname = ?
  and c.relkind in ('r', 'p')
