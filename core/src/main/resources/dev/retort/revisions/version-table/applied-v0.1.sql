-- A table made by retort 0.1, read as it is (reading never alters it): no audit columns yet.
select revision, null::text, applied_at, null::text, null::text, null::bigint, null::text
from {table}
order by applied_at, revision
