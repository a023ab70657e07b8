-- retort:revision volatile_default_positive
-- retort:parents
-- retort:message volatile-default: defaults computed row by row
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.customer ADD COLUMN token uuid DEFAULT gen_random_uuid() NOT NULL;

ALTER TABLE public.orders ADD COLUMN picked double precision DEFAULT random(), ADD COLUMN seq bigserial;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
