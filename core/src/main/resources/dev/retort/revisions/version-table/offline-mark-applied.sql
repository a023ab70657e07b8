-- duration_ms: from the start of this revision's transaction (now()) to this statement (clock_timestamp()).
insert into {table} (revision, checksum, applied_by_db_user, applied_by_os_user, duration_ms, retort_version)
values ({revision}, {checksum}, current_user, null, (extract(epoch from clock_timestamp() - now()) * 1000)::bigint,
        {retort_version})
