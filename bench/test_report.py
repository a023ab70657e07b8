"""Tests for bench/report.py: cell formatting, and a whole results.md from two made-up sizes.

  python3 -m unittest discover -s bench -p 'test_*.py'
"""
import unittest
from collections import Counter
from pathlib import Path

import analysis
import report
from run import Size

CTX = report.Context(runs=3, seed="42", rss_method="GNU time %M", jvm_ms=250.0, launcher="./retort", why_not=None,
                     java="openjdk 17", postgres="15.20", autovacuum="off", hibernate_jvm_opts="-XX:+UseSerialGC")


def size(n, tables, scale):
    s = Size(n, Path(f"wl{n}"), db=f"retort_bench6_{n}", tables=tables, listed=10)
    for k in range(3):
        s.check.add(1.5 * scale + 0.1 * k, 180_000 * scale,
                    steps={"scan-entities": 900.0 * scale, "reflect-database": 400.0 * scale, "compare": 40.0 * scale})
        s.boot.add(0.9 * scale, 150_000, marker={"mode": "boot", "boot_ms": 800 * scale})
        s.migrator.add(1.2 * scale, 140_000, marker={"mode": "migrate", "boot_ms": 1000, "migrate_ms": 100,
                                                     "statements": 42})
        s.ddl.add(1.0, 150_000, marker={"mode": "ddl", "boot_ms": 800, "ddl_ms": 30})
    s.fresh.add(1.6 * scale, 180_000, steps={"reflect-database": 480.0 * scale})
    s.catalogs.append(analysis.catalog_stats([["pg_class", "", "", "410", "700"]]))
    s.migrator_kinds, s.migrator_untouched = Counter({"add column": 30, "create index": 12}), True
    s.timings.update({"generate": "reused", "ANALYZE": 0.16})
    return s


class CellsTest(unittest.TestCase):
    def test_spread(self):
        self.assertEqual(report.spread([2.61, 2.40, 2.93]), "2.61 s (2.40–2.93)")
        self.assertEqual(report.spread([1.5]), "1.50 s")
        self.assertEqual(report.ms_as_s([800, 900, 850]), "0.85 s (0.80–0.90)")
        self.assertEqual(report.spread([]), "—")

    def test_numbers(self):
        self.assertEqual(report.times(1.234), "1.23×")
        self.assertEqual(report.times(None), "—")
        self.assertEqual(report.number(12.345, 1, " %"), "12.3 %")
        self.assertEqual(report.number(None), "—")

    def test_table(self):
        self.assertEqual(report.table(["a", "b"], "rl", [[1, "x"]]), "| a | b |\n|---:|---|\n| 1 | x |")


class DocumentTest(unittest.TestCase):
    def test_every_section_from_two_sizes(self):
        text = report.document([size(50, 59, 1), size(500, 574, 2)], CTX)
        for heading in ["## Targets", "## retort's steps", "## Fresh vs analyzed", "## Share of compare+plan+render",
                        "## Growth exponents", "## Hibernate's SchemaMigrator", "## Preparation", "## N = 500"]:
            self.assertIn(heading, text)
        self.assertIn("| 50 | 59 | 1.60 s (1.50–1.70) | 176 | 1.20 s (1.20–1.20) | 137 | 0.90 s (0.90–0.90) "
                      "| 0.80 s (0.80–0.80) | 1.33× | 1.78× · 2.00× | 10 / — / — / — |", text)
        self.assertIn("| 50 → 500 | 59 → 574 | 0.29 | 0.30 | 0.30 | 0.30 | 0.30 |", text)
        self.assertIn("| 500 | never analyzed; rows the planner believes / rows: pg_class 410/700 | 0.96 s "
                      "| 0.80 s (0.80–0.80) | 1.20× | 3.20 s | 3.10 s (3.00–3.20) | 1.03× | 0.16 s |", text)
        self.assertIn("| 50 entities: median wall ≤ 1.5 s | 1.60 s | ✗ |", text)
        self.assertIn("add column 30, create index 12", text)
        self.assertIn("never analyzed; rows the planner believes / rows: pg_class 410/700", text)

    def test_a_size_that_failed_early(self):
        s = Size(2000, Path("wl2000"), error="mvn failed")
        text = report.document([s], CTX)
        self.assertIn("**FAILED**: mvn failed", text)
        self.assertIn("Needs two sizes with retort check measured.", text)


if __name__ == "__main__":
    unittest.main()


class EmbeddedCaveatTest(unittest.TestCase):
    def test_only_an_embedded_run_says_that_the_targets_are_for_a_running_server(self):
        embedded = report.Context(**{**CTX.__dict__, "autovacuum": None})
        self.assertIn("Embedded mode: the targets are set for `check` against a running server",
                      report.document([size(50, 59, 1)], embedded))
        self.assertNotIn("Embedded mode", report.document([size(50, 59, 1)], CTX))


def history_size(n, tables, scale):
    s = size(n, tables, scale)
    s.timings["history"] = "20 revisions, 217 statements"
    s.timings["retort upgrade (history)"] = 1.2
    for variant, extra in (("embedded", 0.5), ("scratch", 0.3)):
        s.history[variant] = analysis.Runs()
        for k in range(3):
            s.history[variant].add(1.5 * scale + extra + 0.1 * k, 200_000 * scale,
                                   steps={"history-replay": 300.0 * scale, "history-normalize": 50.0, "compare": 40.0},
                                   marker={"load1": 1.0 + k, "busy_cores": 1.5, "own_cores": 1.25})
    return s


class HistoryDocumentTest(unittest.TestCase):
    def test_the_replays_cost_beside_the_plain_check(self):
        text = report.history_document([history_size(50, 59, 1), history_size(500, 574, 2)],
                                       report.Context(**{**CTX.__dict__, "uptime": "load average: 0.50, 0.40, 0.30",
                                                         "cores": 2}))
        for heading in ["## Load", "## The replay's steps", "## Targets", "## Preparation", "## N = 500"]:
            self.assertIn(heading, text)
        self.assertIn("| 50 | 59 | 20 revisions, 217 statements | 1.60 s (1.50–1.70) | 176 | 2.10 s (2.00–2.20) | 195 "
                      "| +0.50 s (1.31×) | 1.90 s (1.80–2.00) | 195 | +0.30 s (1.19×) |", text)
        self.assertIn("| 50 | embedded | 1.00–3.00 | 1.50 | 1.25 |", text)
        self.assertIn("| 500 entities: median wall ≤ 3 s | 3.10 s ✗ | 3.60 s ✗ | 3.40 s ✗ |", text)
        self.assertIn("| 50 | embedded | 2100 | 300 | 50 |", text)
        self.assertIn("load average: 0.50, 0.40, 0.30", text)
        self.assertNotIn("reflect-database on a fresh", text)
