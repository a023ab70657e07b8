-- retort:revision blocking_index_positive
-- retort:parents
-- retort:message blocking-index: index builds and drops that block writes
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

CREATE INDEX orders_customer_id_idx ON public.orders (customer_id);

DROP INDEX public.orders_status_idx;

ALTER TABLE public.customer ADD CONSTRAINT customer_name_key UNIQUE (name);

REINDEX TABLE public.customer;

ALTER TABLE public.orders ADD COLUMN ref text UNIQUE;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
