-- Table and column comments: schema.table[.column]: text.
select n.nspname || '.' || c.relname || coalesce('.' || a.attname, '') || ': ' || d.description
from pg_description d
join pg_class c on c.oid = d.objoid and d.classoid = 'pg_class'::regclass
join pg_namespace n on n.oid = c.relnamespace
left join pg_attribute a on a.attrelid = c.oid and a.attnum = d.objsubid and d.objsubid > 0
where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'
order by 1
