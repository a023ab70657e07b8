-- No row is inserted when the revision is already recorded; the caller reports that.
insert into {table} (revision)
values (?)
on conflict (revision) do nothing
