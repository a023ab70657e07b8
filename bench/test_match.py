"""Tests for bench/match.py against a hand-written `retort check --format json` answer.

  python3 -m unittest discover -s bench -p 'test_*.py'

testdata/wl-small holds 15 real drift.tsv rows of the seed-42, N=50 workload (one or more of every kind), the
create.sql lines they need, and check.json: an answer that reports all of them correctly except two on purpose
(ticket_0010.valid_to left out; ix_sensor_0028_1 reported the wrong way round) and adds one false positive
(party.email type), plus four differences that are part of listed ones (inside a missing table, a foreign key to it,
the check of a missing column).
"""
import copy
import json
import os
import unittest

import match

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "testdata", "wl-small")


def load():
    rows = match.read_drift(os.path.join(DATA, "drift.tsv"))
    with open(os.path.join(DATA, "check.json"), encoding="utf-8") as f:
        answer = json.load(f)
    return rows, answer, match.Ddl.read(os.path.join(DATA, "create.sql"))


def paths(differences):
    return sorted(d.raw["path"] for d in differences)


class MatchAgainstHandWrittenAnswer(unittest.TestCase):

    def setUp(self):
        self.rows, self.answer, self.ddl = load()
        self.result = match.match(self.rows, match.read_differences(self.answer), self.ddl)

    def test_everyCorrectlyReportedRowIsFoundOnce(self):
        self.assertEqual(15, self.result.listed)
        self.assertEqual(13, len(self.result.found))
        matched = [d.index for _, d in self.result.found]
        self.assertEqual(len(matched), len(set(matched)))
        self.assertEqual({"missing_table", "missing_sequence", "sequence_increment", "nullability", "extra_column",
                          "type_changed", "missing_comment", "default_added", "missing_column", "missing_unique",
                          "missing_index", "missing_fk", "extra_index"},
                         {row.kind for row, _ in self.result.found})

    def test_aLeftOutRowAndAWrongWayRoundRowAreMissed(self):
        self.assertEqual(["missing_column ticket_0010.valid_to  (date not null)",
                          "missing_index sensor_0028.ix_sensor_0028_1  (processed_at)"],
                         [r.describe() for r in self.result.missed])

    def test_aFalsePositiveAndTheWrongWayRoundIndexAreExtra(self):
        self.assertEqual(["public.party.email", "public.sensor_0028.ix_sensor_0028_1"], paths(self.result.extra))

    def test_whatACreatedTableOrColumnBringsAlongIsImpliedNotExtra(self):
        implied = {d.raw["path"]: row.kind for d, row in self.result.implied}
        self.assertEqual({"public.ingredient_0033.approved": "missing_table",
                          "public.ingredient_0033.ix_ingredient_0033_1": "missing_table",
                          "public.ingredient_0033_booking_0018.fk2ksun5ok13oalx47k1oru0kdv": "missing_table",
                          "public.store_0040.store_0040_status_check": "missing_column"}, implied)

    def test_aForeignKeyToAMissingTableIsExtraWithoutTheDdlToExplainIt(self):
        result = match.match(self.rows, match.read_differences(self.answer))
        self.assertIn("public.ingredient_0033_booking_0018.fk2ksun5ok13oalx47k1oru0kdv", paths(result.extra))

    def test_aCheckOnAColumnThatIsNotMissingIsExtra(self):
        answer = copy.deepcopy(self.answer)
        check = next(d for d in answer["differences"] if d["kind"] == "check constraint")
        check["member"] = check["path"] = "store_0040_code_check"
        check["to"] = "length(code) > 0"
        result = match.match(self.rows, match.read_differences(answer), self.ddl)
        self.assertIn("store_0040_code_check", paths(result.extra))

    def test_aSecondReportOfTheSameDifferenceIsExtra(self):
        answer = copy.deepcopy(self.answer)
        duplicate = next(d for d in answer["differences"] if d["path"] == "public.lot_0031_seq")
        answer["differences"].append(dict(duplicate))
        result = match.match(self.rows, match.read_differences(answer), self.ddl)
        self.assertEqual(["public.lot_0031_seq", "public.party.email", "public.sensor_0028.ix_sensor_0028_1"],
                         paths(result.extra))

    def test_aDroppedInsteadOfReportedExtraIndexIsFoundWithAWarning(self):
        answer = copy.deepcopy(self.answer)
        next(d for d in answer["differences"] if d["path"] == "public.person.ix_legacy_person")["action"] = "operation"
        result = match.match(self.rows, match.read_differences(answer), self.ddl)
        self.assertIn("extra_index", {row.kind for row, _ in result.found})
        self.assertEqual(1, len(result.warnings))
        self.assertIn("person.ix_legacy_person", result.warnings[0])

    def _legacy_index(self, action, cause):
        answer = copy.deepcopy(self.answer)
        index = next(d for d in answer["differences"] if d["path"] == "public.person.ix_legacy_person")
        index["action"], index["cause"] = action, cause
        return match.match(self.rows, match.read_differences(answer), self.ddl)

    def test_anExtraIndexTheHistoryMadeIsDroppedWithoutAWarning(self):
        # the database is the replayed history (--embedded, --history): the entities removed the index
        result = self._legacy_index("operation", "change")
        self.assertIn("extra_index", {row.kind for row, _ in result.found})
        self.assertEqual([], result.warnings)

    def test_anExtraIndexThatIsDriftOrHasNoHistoryMustBeReported(self):
        for cause in ("drift", "no-history"):
            self.assertEqual([], self._legacy_index("reported", cause).warnings)
            warnings = self._legacy_index("operation", cause).warnings
            self.assertEqual(1, len(warnings))
            self.assertIn("expected 'reported'", warnings[0])

    def test_anExtraIndexTheHistoryMadeButOnlyReportedIsWarned(self):
        warnings = self._legacy_index("reported", "change").warnings
        self.assertEqual(1, len(warnings))
        self.assertIn("expected 'operation'", warnings[0])

    def test_namesCompareCaseInsensitively(self):
        fk = next(r for r in self.rows if r.kind == "missing_fk")
        self.assertEqual("fk6kiw6vk3li2ubs1byeicv6jmw", fk.obj)
        self.assertIn(fk, [row for row, _ in self.result.found])

    def test_theReportListsMissedAndExtraUnderLoudHeadings(self):
        text = "\n".join(match.report_lines(self.result))
        self.assertTrue(text.startswith("drift listed 15, found 13, missed 2, extra 2 (implied by a listed difference: 4)"))
        self.assertIn("MISSED (2)", text)
        self.assertIn("EXTRA (2)", text)
        self.assertIn("FALSE POSITIVES", text)

    def test_anAnswerWithoutDifferencesMissesEveryRow(self):
        result = match.match(self.rows, match.read_differences({"status": "ok", "differences": []}), self.ddl)
        self.assertEqual(15, len(result.missed))
        self.assertEqual([], result.extra)


if __name__ == "__main__":
    unittest.main()
