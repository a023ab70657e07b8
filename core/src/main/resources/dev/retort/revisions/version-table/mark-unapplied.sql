delete from {table}
where revision = ?
