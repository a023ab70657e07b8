-- One row per applied revision, not only the heads, so that the applied set is explicit.
create table if not exists {table} (
    revision varchar(64) primary key,
    applied_at timestamptz not null default now()
)
