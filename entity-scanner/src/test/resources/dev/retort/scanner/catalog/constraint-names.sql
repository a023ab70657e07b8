-- schema.table name, for every constraint: the names the model gives must be among them.
select n.nspname || '.' || t.relname || ' ' || k.conname
from pg_constraint k
join pg_class t on t.oid = k.conrelid
join pg_namespace n on n.oid = t.relnamespace
where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'
order by 1
