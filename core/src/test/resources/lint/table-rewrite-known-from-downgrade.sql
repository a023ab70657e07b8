-- retort:revision table_rewrite_known_from_downgrade
-- retort:parents
-- retort:message table-rewrite: offline, the types the downgrade sets back are the types before
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.orders ALTER COLUMN amount TYPE bigint;
ALTER TABLE public.orders ALTER COLUMN note TYPE character varying(200);

-- retort:downgrade
SET lock_timeout = '5s';

ALTER TABLE public.orders ALTER COLUMN note TYPE character varying(100);
ALTER TABLE public.orders ALTER COLUMN amount TYPE integer;
