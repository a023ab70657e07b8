-- retort:revision long_exclusive_lock_negative
-- retort:parents
-- retort:message long-exclusive-lock: SET NOT NULL proven by a validated check
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.orders ADD CONSTRAINT note_not_null CHECK (note IS NOT NULL) NOT VALID;

-- retort:no-transaction
ALTER TABLE public.orders VALIDATE CONSTRAINT note_not_null;

ALTER TABLE public.orders ALTER COLUMN note SET NOT NULL;

ALTER TABLE public.orders DROP CONSTRAINT note_not_null;
-- retort:transaction

CREATE TABLE public.tag (id bigint PRIMARY KEY, label text);
ALTER TABLE public.tag ALTER COLUMN label SET NOT NULL;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
