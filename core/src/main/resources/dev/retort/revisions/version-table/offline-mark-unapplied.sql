delete from {table}
where revision = {revision}
