-- The version table's columns; parameters: schema name, table name (catalog spelling, unquoted).
select a.attname
from pg_catalog.pg_attribute a
join pg_catalog.pg_class c on c.oid = a.attrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where n.nspname = ?
  and c.relname = ?
  and a.attnum > 0
  and not a.attisdropped
