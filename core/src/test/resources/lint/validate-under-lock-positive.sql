-- retort:revision validate_under_lock_positive
-- retort:parents
-- retort:message validate-under-lock: a foreign key and a check checked under lock
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customer (id);

ALTER TABLE public.orders ADD CONSTRAINT orders_amount_check CHECK (amount >= 0);

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
