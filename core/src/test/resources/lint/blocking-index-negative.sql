-- retort:revision blocking_index_negative
-- retort:parents
-- retort:message blocking-index: concurrent builds, a constraint over a built index, a new table
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

CREATE TABLE public.tag (id bigint PRIMARY KEY, label text);
CREATE UNIQUE INDEX tag_label_key ON public.tag (label);
ALTER TABLE public.tag ADD COLUMN code text UNIQUE;

-- retort:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON public.orders (customer_id);

DROP INDEX CONCURRENTLY public.orders_status_idx;

CREATE UNIQUE INDEX CONCURRENTLY customer_name_key ON public.customer (name);

ALTER TABLE public.customer ADD CONSTRAINT customer_name_key UNIQUE USING INDEX customer_name_key;
-- retort:transaction

DROP INDEX public.tag_label_key;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
