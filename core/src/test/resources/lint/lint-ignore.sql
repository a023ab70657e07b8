-- retort:revision lint_ignore
-- retort:parents
-- retort:message lint-ignore: findings accepted in the file, one statement at a time and for the whole file
-- retort:created 2026-12-06T16:00:00Z
-- retort:lint-ignore-file missing-lock-timeout the deploy runs at night with the application stopped
-- retort:upgrade
-- the column has been empty since release 4.2
-- retort:lint-ignore data-loss nothing has written it since release 4.2
-- DESTRUCTIVE: may lose data
ALTER TABLE public.customer DROP COLUMN email;

-- retort:lint-ignore blocking-index the table has 20 rows
CREATE INDEX customer_code_idx ON public.customer (code);

DROP INDEX public.orders_status_idx;

-- downgrade not written: the linter reads the upgrade only, and LintFixturesApplyTest applies only the upgrade
-- retort:downgrade
