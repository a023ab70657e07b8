-- Forgets one applied version after its undo script ran, as Flyway Community users do by hand: the row goes, so
-- that flyway migrate applies the version again.
DELETE FROM %s WHERE installed_rank = ?
