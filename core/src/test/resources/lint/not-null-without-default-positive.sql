-- retort:revision not_null_without_default_positive
-- retort:parents
-- retort:message not-null-without-default: a NOT NULL column for a table with rows
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.customer ADD COLUMN tier integer NOT NULL;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
