-- retort:revision table_rewrite_positive
-- retort:parents
-- retort:message table-rewrite: a type change that rewrites, a move, a persistence change
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.orders ALTER COLUMN amount TYPE bigint;

ALTER TABLE public.orders SET TABLESPACE pg_default;

ALTER TABLE public.customer SET UNLOGGED;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
