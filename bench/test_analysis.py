"""Tests for bench/analysis.py: parsing, ratios, growth exponents, shares and the verdicts on issue 6's targets.

  python3 -m unittest discover -s bench -p 'test_*.py'
"""
import math
import unittest

import analysis
from analysis import Point, Runs


class ParsingTest(unittest.TestCase):
    def test_steps_from_stderr(self):
        stderr = ("retort: connecting\nretort: step scan-entities 1045 ms\n  retort: step reflect-database 446 ms  \n"
                  "retort: step compare 42.5 ms\nretort: step compare 1 ms\nsomething else 3 ms\n")
        self.assertEqual(analysis.parse_steps(stderr),
                         {"scan-entities": 1045.0, "reflect-database": 446.0, "compare": 43.5})

    def test_no_steps(self):
        self.assertEqual(analysis.parse_steps("retort: drift found\n"), {})

    def test_marker_takes_the_last_line_and_converts_numbers(self):
        stdout = ("INFO: HIBERNATE is starting\nHIBERNATE mode=boot boot_ms=1 entities=2\n"
                  "HIBERNATE mode=migrate boot_ms=1025 entities=50 migrate_ms=110 statements=42\n")
        self.assertEqual(analysis.parse_marker(stdout),
                         {"mode": "migrate", "boot_ms": 1025, "entities": 50, "migrate_ms": 110, "statements": 42})

    def test_no_marker(self):
        self.assertIsNone(analysis.parse_marker("HIBERNATE_DDL boot_ms=3\nINFO: HIBERNATE\n"))

    def test_catalog_stats_and_note(self):
        stats = analysis.catalog_stats([["pg_attribute", "", "", "3054", "5239"],
                                        ["pg_class", "2026-11-23 06:00:01+00", "", "410", "704"]])
        self.assertEqual(stats[0], analysis.CatalogStat("pg_attribute", "", "", 3054, 5239))
        self.assertFalse(stats[0].analyzed())
        self.assertTrue(stats[1].analyzed())
        self.assertEqual(analysis.catalog_note(stats),
                         "analyzed before: pg_class (2026-11-23 06:00:01+00); "
                         "rows the planner believes / rows: pg_attribute 3054/5239, pg_class 410/704")
        self.assertTrue(analysis.catalog_note(stats[:1]).startswith("never analyzed; "))
        self.assertEqual(analysis.catalog_note([]), "not read")


class StatementKindTest(unittest.TestCase):
    def test_kinds_of_hibernate_update_statements(self):
        cases = {
            "alter table if exists batch_0030 add column balance numeric(10,0) not null;": "add column",
            "alter table if exists course_0034 alter column payment_method set data type varchar(32);":
                "alter column",
            "alter table if exists w drop constraint if exists uk_w_1;": "drop constraint",
            "alter table if exists w add constraint uk_w_1 unique (position, sku);": "add unique",
            "alter table if exists cart add constraint FK6kiw foreign key (a_id) references a;": "add foreign key",
            "alter table t add constraint ck check (x > 0);": "add check",
            "create table ingredient_0033 (id bigint not null, primary key (id));": "create table",
            "create index ix_coupon_0019_1 on coupon_0019 (first_name);": "create index",
            "create sequence s start with 1 increment by 50;": "create sequence",
            "comment on column t.c is 'x';": "comment on",
            "  CREATE   UNIQUE INDEX u ON t (c)": "create unique",
        }
        for sql, kind in cases.items():
            self.assertEqual(analysis.statement_kind(sql), kind, sql)

    def test_count_kinds_skips_blank_lines(self):
        counts = analysis.count_kinds(["create index a on t (c);", "", "  ", "create index b on t (d);",
                                       "create table t (id int);"])
        self.assertEqual(counts, {"create index": 2, "create table": 1})


class ArithmeticTest(unittest.TestCase):
    def test_ratio(self):
        self.assertEqual(analysis.ratio(3.0, 1.5), 2.0)
        self.assertIsNone(analysis.ratio(None, 1.0))
        self.assertIsNone(analysis.ratio(1.0, None))
        self.assertIsNone(analysis.ratio(1.0, 0))

    def test_growth_exponent(self):
        self.assertAlmostEqual(analysis.growth_exponent(100, 1000, 59, 590), 1.0)
        self.assertAlmostEqual(analysis.growth_exponent(100, 400, 10, 20), 2.0)
        self.assertAlmostEqual(analysis.growth_exponent(100, 100, 10, 20), 0.0)
        self.assertAlmostEqual(analysis.growth_exponent(1560, 2370, 59, 574), math.log(2370 / 1560) / math.log(574 / 59))

    def test_growth_exponent_undefined(self):
        for args in [(None, 1, 1, 2), (1, 0, 1, 2), (1, 2, 5, 5), (1, 2, 0, 5), (-1, 2, 1, 5)]:
            self.assertIsNone(analysis.growth_exponent(*args), args)

    def test_tail_sums_the_steps_present(self):
        self.assertEqual(analysis.tail_ms({"compare": 40, "plan": 5, "render": 3, "scan-entities": 900}), 48)
        self.assertEqual(analysis.tail_ms({"compare": 42, "normalize": 150}), 42)
        self.assertIsNone(analysis.tail_ms({"scan-entities": 900}))

    def test_median(self):
        self.assertEqual(analysis.median([3, 1, 2]), 2)
        self.assertIsNone(analysis.median([]))


class RunsTest(unittest.TestCase):
    def test_medians_and_largest_rss(self):
        runs = Runs()
        runs.add(1.5, 180 * 1024, steps={"compare": 40.0}, marker={"boot_ms": 800, "mode": "boot"})
        runs.add(1.7, 190 * 1024, steps={"compare": 44.0, "plan": 2.0}, marker={"boot_ms": 900, "mode": "boot"})
        runs.add(1.6, 185 * 1024, steps={"compare": 42.0}, marker={"boot_ms": 850, "mode": "boot"})
        self.assertEqual(runs.wall(), 1.6)
        self.assertEqual(runs.rss_mb(), 190)
        self.assertEqual(runs.step_medians(), {"compare": 42.0, "plan": 2.0})
        self.assertEqual(runs.marker_median("boot_ms"), 850)
        self.assertIsNone(runs.marker_median("statements"))

    def test_empty(self):
        self.assertIsNone(Runs().wall())
        self.assertIsNone(Runs().rss_mb())


def points():
    return [Point(50, 59, 1.2, 180, {"scan-entities": 1000, "reflect-database": 400, "compare": 40}, 0.9, 480),
            Point(500, 574, 2.4, 280, {"scan-entities": 1700, "reflect-database": 1400, "compare": 100, "plan": 10},
                  1.8, 1500),
            Point(2000, 2316, 5.0, 480, {"scan-entities": 4000, "reflect-database": 4000, "compare": 200, "plan": 40},
                  2.5, 4200)]


class PointTest(unittest.TestCase):
    def test_tail_share_and_fresh_ratio(self):
        p = points()[1]
        self.assertAlmostEqual(p.tail_share(), 110 / 2400)
        self.assertAlmostEqual(p.fresh_ratio(), 1500 / 1400)

    def test_unmeasured(self):
        p = Point(50, 59)
        self.assertIsNone(p.tail_share())
        self.assertIsNone(p.fresh_ratio())


class ExponentsTest(unittest.TestCase):
    def test_consecutive_sizes_in_order(self):
        a, b, c = points()
        pairs = analysis.exponents([c, a, b])
        self.assertEqual([(x.n, y.n) for x, y, _ in pairs], [(50, 500), (500, 2000)])
        first = pairs[0][2]
        self.assertEqual(list(first), ["wall", "scan-entities", "reflect-database", "compare", "plan",
                                       "compare+plan+render"])
        self.assertAlmostEqual(first["wall"], math.log(2.4 / 1.2) / math.log(574 / 59))
        self.assertAlmostEqual(first["compare+plan+render"], math.log(110 / 40) / math.log(574 / 59))
        self.assertIsNone(first["plan"])  # no plan step at 50
        self.assertAlmostEqual(pairs[1][2]["plan"], math.log(40 / 10) / math.log(2316 / 574))

    def test_metrics_in_the_order_retort_runs_its_steps(self):
        pts = [Point(50, 59, 1.0, steps_ms={"reflect-database": 1, "zeta": 1, "scan-entities": 1}),
               Point(500, 574, 2.0, steps_ms={"render": 1, "compare": 1})]
        self.assertEqual(analysis.exponent_metrics(pts), ["wall", "scan-entities", "reflect-database", "compare",
                                                          "render", "zeta", "compare+plan+render"])
        self.assertEqual(analysis.exponent_metrics([Point(50, 59, 1.0, steps_ms={"scan-entities": 1})]),
                         ["wall", "scan-entities"])

    def test_one_size_has_no_exponent(self):
        self.assertEqual(analysis.exponents(points()[:1]), [])


class VerdictsTest(unittest.TestCase):
    def test_all_met(self):
        verdicts = analysis.verdicts(points())
        self.assertEqual([v.ok for v in verdicts], [True] * 6)
        self.assertEqual([v.measured for v in verdicts], [
            "1.20 s", "2.40 s", "5.00 s / 2.50 s = 2.00×", "280 MB", "50: 1.20×, 500: 1.07×, 2000: 1.05×",
            "50: 3.3%, 500: 4.6%, 2000: 4.8%"])

    def test_missed(self):
        slow = [Point(50, 59, 1.6, 180, {"reflect-database": 400, "compare": 100}, 0.9, 700),
                Point(500, 574, 3.1, 310, {"reflect-database": 1000, "compare": 100}, 1.8, 1400),
                Point(2000, 2316, 6.5, 480, {"reflect-database": 4000, "compare": 100}, 2.5, 4000)]
        verdicts = analysis.verdicts(slow)
        self.assertEqual([v.ok for v in verdicts], [False, False, False, False, False, False])
        self.assertEqual(verdicts[2].measured, "6.50 s / 2.50 s = 2.60×")

    def test_limits_are_inclusive(self):
        edge = [Point(50, 59, 1.5, 100, {"reflect-database": 100, "compare": 75}, 1.0, 150),
                Point(500, 574, 3.0, 300, {}, 1.0, None),
                Point(2000, 2316, 2.5, 300, {}, 1.0, None)]
        self.assertEqual([v.ok for v in analysis.verdicts(edge)], [True] * 6)

    def test_not_measured(self):
        verdicts = analysis.verdicts([Point(50, 59)])
        self.assertEqual([v.ok for v in verdicts], [None] * 6)
        self.assertEqual({v.measured for v in verdicts}, {"not measured"})
        self.assertEqual([analysis.mark(v.ok) for v in verdicts[:1]], ["—"])

    def test_every_size_target_counts_only_measured_sizes(self):
        pts = [Point(50, 59, 1.0, 100, {"reflect-database": 100}, 1.0, 120), Point(500, 574, 2.0, 200, {})]
        fresh = analysis.verdicts(pts)[4]
        self.assertEqual((fresh.measured, fresh.ok), ("50: 1.20×", True))

    def test_marks(self):
        self.assertEqual([analysis.mark(x) for x in (True, False, None)], ["✓", "✗", "—"])


if __name__ == "__main__":
    unittest.main()


class LoadAndCpuTest(unittest.TestCase):
    def test_load_average_is_the_first_field(self):
        self.assertEqual(analysis.load_average("1.90 4.52 7.36 3/412 12345\n"), 1.90)

    def test_busy_seconds_leave_idle_and_iowait_out(self):
        stat = "cpu  100 20 30 400 50 5 5 0 7 0\ncpu0 50 10 15 200 25 2 3 0 0 0\nintr 1\n"
        # user nice system irq softirq steal = 100 + 20 + 30 + 5 + 5 + 0; guest (7) is inside user already
        self.assertEqual(analysis.busy_seconds(stat, 100), 1.6)

    def test_cores_busy_and_own_over_the_wall(self):
        self.assertEqual(analysis.cpu_cores((10.0, 2.0), (14.0, 5.0), 2.0), {"busy_cores": 2.0, "own_cores": 1.5})
        self.assertIsNone(analysis.cpu_cores((None, 2.0), (None, 5.0), 2.0))

    def test_history_steps_run_in_order_around_the_live_steps(self):
        order = analysis.ordered_steps({"compare", "history-normalize", "history-replay", "scan-entities",
                                        "history-embedded-start", "reflect-database", "history-reflect"})
        self.assertEqual(["history-embedded-start", "history-replay", "scan-entities", "reflect-database",
                          "history-reflect", "history-normalize", "compare"], order)
