-- Whether the version table's schema exists; parameter: schema name (catalog spelling, unquoted).
select 1
from pg_catalog.pg_namespace
where nspname = ?
