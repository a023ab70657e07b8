-- retort:revision breaking_change_negative
-- retort:parents
-- retort:message breaking-change: additions, and renames of what the revision added
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.customer ADD COLUMN nickname text;

ALTER TABLE public.customer ADD COLUMN vip boolean;
ALTER TABLE public.customer RENAME COLUMN vip TO premium;

CREATE TABLE public.tag (id bigint PRIMARY KEY, label text);
ALTER TABLE public.tag RENAME TO label;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
