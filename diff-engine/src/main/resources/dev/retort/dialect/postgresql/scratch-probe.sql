-- Can the normalizer write its scratch schema (and the entities' enum types and sequences) into this database?
-- Read before trying, so that a read-only setup is told apart from a failure, and named for what it is.
-- Parameter 1: the schemas the entities' enum types and sequences belong to (text[]).
SELECT current_user::text AS user_name,
       current_database()::text AS database_name,
       pg_is_in_recovery() AS standby,
       current_setting('transaction_read_only') = 'on' AS read_only,
       has_database_privilege(current_user, current_database(), 'CREATE') AS can_create,
       (SELECT string_agg(n.nspname, ', ' ORDER BY n.nspname)
        FROM pg_namespace n
        WHERE n.nspname = ANY (?) AND NOT has_schema_privilege(n.oid, 'CREATE')) AS schemas_without_create
