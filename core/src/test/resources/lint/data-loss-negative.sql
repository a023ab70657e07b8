-- retort:revision data_loss_negative
-- retort:parents
-- retort:message data-loss: a bounded delete, a widening, what the revision itself added
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

DELETE FROM public.orders WHERE status = 'cancelled';

ALTER TABLE public.customer ALTER COLUMN code TYPE bigint;

CREATE TABLE public.scratch (id bigint PRIMARY KEY, value text);
ALTER TABLE public.scratch DROP COLUMN value;
DROP TABLE public.scratch;

ALTER TABLE public.orders ADD COLUMN draft text;
ALTER TABLE public.orders DROP COLUMN draft;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
