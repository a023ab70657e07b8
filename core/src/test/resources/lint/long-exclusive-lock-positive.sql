-- retort:revision long_exclusive_lock_positive
-- retort:parents
-- retort:message long-exclusive-lock: SET NOT NULL scanning under ACCESS EXCLUSIVE
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.orders ALTER COLUMN note SET NOT NULL;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
