-- retort:revision validate_under_lock_negative
-- retort:parents
-- retort:message validate-under-lock: NOT VALID then VALIDATE, and a new table's key
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)
    REFERENCES public.customer (id) NOT VALID,
    ADD CONSTRAINT orders_amount_check CHECK (amount >= 0) NOT VALID;

CREATE TABLE public.payment (id bigint PRIMARY KEY, order_id bigint NOT NULL);
ALTER TABLE public.payment ADD CONSTRAINT payment_order_fk FOREIGN KEY (order_id) REFERENCES public.orders (id);

-- retort:no-transaction
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_amount_check;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
