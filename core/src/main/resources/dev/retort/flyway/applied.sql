-- The versions Flyway's history table records as applied, in the order Flyway installed them: successful
-- versioned migrations and a baseline. Repeatable migrations have no version; Teams' undo rows are left out.
SELECT version, installed_on, installed_by, execution_time, type
FROM %s
WHERE success AND version IS NOT NULL AND type NOT LIKE 'UNDO%%'
ORDER BY installed_rank
