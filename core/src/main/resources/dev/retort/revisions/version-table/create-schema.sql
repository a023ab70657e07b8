-- Runs only when schema-exists.sql found nothing: CREATE SCHEMA needs a privilege that reading does not.
create schema if not exists {schema}
