-- retort:revision volatile_default_negative
-- retort:parents
-- retort:message volatile-default: stable and constant defaults, a new table
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.customer ADD COLUMN seen_at timestamp with time zone DEFAULT now();

ALTER TABLE public.orders ADD COLUMN state text DEFAULT 'new'::text NOT NULL, ADD COLUMN placed_at timestamp DEFAULT CURRENT_TIMESTAMP;

CREATE TABLE public.tag (id bigint PRIMARY KEY, token uuid DEFAULT gen_random_uuid());
ALTER TABLE public.tag ADD COLUMN picked double precision DEFAULT random();

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
