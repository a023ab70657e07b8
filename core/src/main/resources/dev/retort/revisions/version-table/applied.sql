select revision, checksum, applied_at, applied_by_db_user, applied_by_os_user, duration_ms, retort_version
from {table}
order by applied_at, revision
