-- retort:revision missing_lock_timeout_positive
-- retort:parents
-- retort:message missing-lock-timeout: DDL on existing tables with no bound on its wait
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = 0;

ALTER TABLE public.orders ADD COLUMN remark text;

CREATE INDEX orders_remark_idx ON public.orders (remark);

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
