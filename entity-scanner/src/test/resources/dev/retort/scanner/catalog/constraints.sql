-- Every constraint by what it constrains: schema.table kind (columns) [-> target (columns) on delete action].
-- Check constraints are counted, not compared: their text is the normalizer's business.
select n.nspname || '.' || t.relname || ' ' ||
       case k.contype when 'p' then 'primary key' when 'u' then 'unique' when 'c' then 'check' else 'foreign key' end
       || case when k.contype = 'c' then ''
               else ' (' || (select string_agg(a.attname, ', ' order by u.ord)
                             from unnest(k.conkey) with ordinality u(attnum, ord)
                             join pg_attribute a on a.attrelid = t.oid and a.attnum = u.attnum) || ')' end
       || case when k.contype = 'f'
               then ' -> ' || rn.nspname || '.' || r.relname || ' ('
                    || (select string_agg(a.attname, ', ' order by u.ord)
                        from unnest(k.confkey) with ordinality u(attnum, ord)
                        join pg_attribute a on a.attrelid = r.oid and a.attnum = u.attnum) || ')'
                    || ' on delete ' || case k.confdeltype when 'a' then 'NO_ACTION' when 'r' then 'RESTRICT'
                                            when 'c' then 'CASCADE' when 'n' then 'SET_NULL' else 'SET_DEFAULT' end
               else '' end
from pg_constraint k
join pg_class t on t.oid = k.conrelid
join pg_namespace n on n.oid = t.relnamespace
left join pg_class r on r.oid = k.confrelid
left join pg_namespace rn on rn.oid = r.relnamespace
where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'
order by 1
