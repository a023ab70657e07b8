-- Brings a table made by retort 0.1 (revision, applied_at) to the current shape; a no-op on a current table.
-- Runs only when columns.sql finds a column missing, so that a current table never takes this ACCESS EXCLUSIVE lock.
alter table {table}
    add column if not exists checksum varchar(64),
    add column if not exists applied_by_db_user text,
    add column if not exists applied_by_os_user text,
    add column if not exists duration_ms bigint,
    add column if not exists retort_version text
