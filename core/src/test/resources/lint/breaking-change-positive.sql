-- retort:revision breaking_change_positive
-- retort:parents
-- retort:message breaking-change: a rename, a drop, a table renamed
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.customer RENAME COLUMN nick TO nickname;

ALTER TABLE public.customer DROP COLUMN email;

ALTER TABLE public.orders RENAME TO purchase;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
