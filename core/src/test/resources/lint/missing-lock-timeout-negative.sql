-- retort:revision missing_lock_timeout_negative
-- retort:parents
-- retort:message missing-lock-timeout: bounded waits, and concurrent builds that need none
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
CREATE TABLE public.tag (id bigint PRIMARY KEY, label text);

SET LOCAL lock_timeout TO '2s';

ALTER TABLE public.orders ADD COLUMN remark text;

-- retort:no-transaction
CREATE INDEX CONCURRENTLY orders_remark_idx ON public.orders (remark);

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_amount_positive;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
