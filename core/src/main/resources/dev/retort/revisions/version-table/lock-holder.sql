-- Who holds retort's advisory lock on a version table. A bigint key shows in pg_locks as classid (high 32 bits),
-- objid (low 32 bits) and objsubid 1. Parameters: high bits, low bits.
select a.pid, a.application_name, a.usename, a.backend_start
from pg_catalog.pg_locks l
join pg_catalog.pg_stat_activity a on a.pid = l.pid
where l.locktype = 'advisory'
  and l.granted
  and l.database = (select oid from pg_catalog.pg_database where datname = current_database())
  and l.classid = (?::bigint)::oid
  and l.objid = (?::bigint)::oid
  and l.objsubid = 1
