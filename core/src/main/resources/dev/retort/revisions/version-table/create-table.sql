-- One row per applied revision, not only the heads, so that the applied set is explicit. The audit columns are
-- nullable: rows recorded by retort 0.1 (before they existed) have none, and a stamped row has no duration.
create table if not exists {table} (
    revision varchar(64) primary key,
    applied_at timestamptz not null default now(),
    checksum varchar(64),
    applied_by_db_user text,
    applied_by_os_user text,
    duration_ms bigint,
    retort_version text
)
