-- First statement of a transaction the reflector opens itself: one snapshot for every catalog query, and no
-- way to write by mistake.
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY
