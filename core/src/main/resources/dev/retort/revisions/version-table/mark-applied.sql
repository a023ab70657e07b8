-- No row is inserted when the revision is already recorded; the caller reports that.
-- Parameters: revision, checksum, OS user, duration in ms (null when stamped), retort version.
insert into {table} (revision, checksum, applied_by_db_user, applied_by_os_user, duration_ms, retort_version)
values (?, ?, current_user, ?, ?, ?)
on conflict (revision) do nothing
