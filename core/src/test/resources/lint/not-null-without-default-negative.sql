-- retort:revision not_null_without_default_negative
-- retort:parents
-- retort:message not-null-without-default: a default fills the rows
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.customer ADD COLUMN tier integer NOT NULL DEFAULT 0, ADD COLUMN note text;

ALTER TABLE public.orders ADD COLUMN placed date DEFAULT CURRENT_DATE NOT NULL;

CREATE TABLE public.tag (id bigint PRIMARY KEY);
ALTER TABLE public.tag ADD COLUMN label text NOT NULL;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
