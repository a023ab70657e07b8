-- The keywords PostgreSQL refuses as an unquoted table or column name.
select word from pg_get_keywords() where catcode in ('R', 'T') order by word
