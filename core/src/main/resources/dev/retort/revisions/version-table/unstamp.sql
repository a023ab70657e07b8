-- Forgets every recorded revision that is not in the array parameter (what stamp records).
delete from {table}
where not (revision = any (?))
