-- Like schema-exists.sql then create-schema.sql: CREATE SCHEMA, even with IF NOT EXISTS, needs a privilege on the
-- database that a deploy user may lack, so it runs only when the schema is missing.
DO $retort$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = {schema_name}) THEN
        CREATE SCHEMA {schema};
    END IF;
END
$retort$
