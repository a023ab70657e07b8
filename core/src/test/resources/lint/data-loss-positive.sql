-- retort:revision data_loss_positive
-- retort:parents
-- retort:message data-loss: drops, a narrowing, a delete of every row, a truncate
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.customer DROP COLUMN email;

ALTER TABLE public.customer ALTER COLUMN score TYPE numeric(10, 0);

-- DESTRUCTIVE: may lose data
ALTER TABLE public.customer ALTER COLUMN code TYPE smallint USING code::smallint;

DELETE FROM public.orders;

TRUNCATE public.orders;

DROP TABLE public.orders;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
