-- Pins, for the current transaction only (set_config(..., true)), every setting that changes how PostgreSQL
-- prints the names, types and expressions the reflector reads, so that the model does not depend on the
-- caller's session:
--   search_path         only pg_catalog (pg_temp last, so no temporary table can shadow a catalog): every
--                       other object is printed schema-qualified, as public.mood or 'public.order_seq'::regclass
--   quote_all_identifiers, DateStyle, IntervalStyle, TimeZone, extra_float_digits, bytea_output
--                       the spelling of identifiers and of date, time, interval, float and bytea constants
SELECT
  set_config('search_path', 'pg_catalog, pg_temp', true),
  set_config('quote_all_identifiers', 'off', true),
  set_config('DateStyle', 'ISO, MDY', true),
  set_config('IntervalStyle', 'postgres', true),
  set_config('TimeZone', 'UTC', true),
  set_config('extra_float_digits', '1', true),
  set_config('bytea_output', 'hex', true)
