-- Every column of every user table, in table order: schema.table #position column null|not null [identity].
select n.nspname || '.' || c.relname || ' #' || row_number() over (partition by c.oid order by a.attnum) || ' '
       || a.attname || case when a.attnotnull then ' not null' else ' null' end
       || case a.attidentity when 'd' then ' identity by default' when 'a' then ' identity always' else '' end
from pg_attribute a
join pg_class c on c.oid = a.attrelid
join pg_namespace n on n.oid = c.relnamespace
where c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'
order by 1
