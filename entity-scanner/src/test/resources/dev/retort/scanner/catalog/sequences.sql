-- Standalone sequences (not those identity columns own): schema.name start N increment M.
select s.schemaname || '.' || s.sequencename || ' start ' || s.start_value || ' increment ' || s.increment_by
from pg_sequences s
join pg_namespace n on n.nspname = s.schemaname
join pg_class c on c.relname = s.sequencename and c.relnamespace = n.oid
where not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'i')
order by 1
