-- Indexes that back no constraint: schema.table name [unique] (column [desc], ...).
select n.nspname || '.' || t.relname || ' ' || i.relname || case when x.indisunique then ' unique' else '' end
       || ' (' || (select string_agg(a.attname || case when (x.indoption[u.ord - 1] & 1) = 1 then ' desc' else '' end,
                                     ', ' order by u.ord)
                   from unnest(x.indkey) with ordinality u(attnum, ord)
                   join pg_attribute a on a.attrelid = t.oid and a.attnum = u.attnum) || ')'
from pg_index x
join pg_class i on i.oid = x.indexrelid
join pg_class t on t.oid = x.indrelid
join pg_namespace n on n.oid = t.relnamespace
where not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'
order by 1
