-- retort:revision table_rewrite_negative
-- retort:parents
-- retort:message table-rewrite: changes PostgreSQL makes in place, and a new table
-- retort:created 2026-12-06T16:00:00Z
-- retort:upgrade
SET lock_timeout = '5s';

-- a longer varchar and varchar to text: the catalog changes, the rows stay
ALTER TABLE public.orders ALTER COLUMN note TYPE varchar(200), ALTER COLUMN status TYPE text;
ALTER TABLE public.customer ALTER COLUMN nick TYPE text;
ALTER TABLE public.customer ALTER COLUMN score TYPE numeric(14, 2);

-- a column this revision adds: its type is known from here on
ALTER TABLE public.orders ADD COLUMN ref character varying(20);
ALTER TABLE public.orders ALTER COLUMN ref TYPE character varying(40);

CREATE TABLE public.tag (id bigint PRIMARY KEY, label integer);
ALTER TABLE public.tag ALTER COLUMN label TYPE bigint;

-- retort:downgrade
-- not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
