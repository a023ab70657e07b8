"""Matches the differences `retort check --format json` reports against the drift a workload planted.

  python3 bench/match.py CHECK_JSON WORKLOAD_DIR      # WORKLOAD_DIR holds drift.tsv and create.sql

Every row of drift.tsv is one true difference between the entities and older.sql. A row is *found* when exactly one
reported difference means the same thing (same object, same aspect, right direction), *missed* otherwise. A reported
difference is:
  - *matched*  when it is the one a drift row found;
  - *implied*  when it is part of a bigger difference a row lists: everything inside a missing table (its columns,
               keys, indexes, comments), a foreign key from another table to a missing table (older.sql could not
               create it), and the inline unique/check or the comment of a missing column;
  - *extra*    otherwise. An extra difference is a false positive (or a drift the workload did not list) and must be
               looked at.
Names compare case-insensitively: Hibernate writes `FKab12…` and `modifiedOn`, PostgreSQL stores them folded.
Standard library only; this is measurement code, not product code.
"""
import json
import os
import re
import sys
from dataclasses import dataclass, field

PRESENCE = "presence"


@dataclass(frozen=True)
class Drift:
    """One row of drift.tsv: kind, table, object, detail (names lower-cased for matching)."""
    line: int
    kind: str
    table: str
    obj: str
    detail: str

    def describe(self):
        target = f"{self.table}.{self.obj}" if self.obj and "." not in self.obj else (self.obj or self.table)
        return f"{self.kind} {target}" + (f"  ({self.detail})" if self.detail else "")


@dataclass(frozen=True)
class Difference:
    """One entry of retort's `differences` array, with the fields the matcher reads."""
    index: int
    raw: dict

    def _name(self, key):
        value = self.raw.get(key)
        return value.lower() if isinstance(value, str) else None

    @property
    def kind(self):
        return self._name("kind")

    @property
    def obj(self):
        return self._name("object")

    @property
    def member(self):
        return self._name("member")

    @property
    def aspect(self):
        return self._name("aspect")

    @property
    def absent_in_db(self):
        return self.raw.get("from") is None

    @property
    def absent_in_entities(self):
        return self.raw.get("to") is None

    def describe(self):
        r = self.raw
        return (f"{r.get('kind')} {r.get('path')} {r.get('aspect')}: {r.get('from')!r} -> {r.get('to')!r}"
                f" [{r.get('action')}] {r.get('reason') or ''}").strip()


@dataclass(frozen=True)
class Ddl:
    """What Hibernate's create DDL says: each table's column definitions and each foreign key's target."""
    columns: dict  # table -> {column: definition text after the name}
    fk_targets: dict  # (table, fk name) -> referenced table

    @staticmethod
    def read(path):
        columns, fk_targets = {}, {}
        if not path or not os.path.exists(path):
            return Ddl(columns, fk_targets)
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        for line in lines:
            s = line.strip().rstrip(";").lower()
            m = re.match(r"create table (\S+) \((.*)\)$", s)
            if m:
                defs = {}
                for part in split_top_level(m.group(2)):
                    if not part.startswith(("primary key", "unique", "check", "constraint", "foreign key")):
                        name, _, rest = part.partition(" ")
                        defs[name] = rest
                columns[m.group(1)] = defs
                continue
            m = re.match(r"alter table (?:if exists )?(\S+) add constraint (\S+) foreign key \([^)]*\) references (\S+)", s)
            if m:
                fk_targets[(m.group(1), m.group(2))] = m.group(3)
        return Ddl(columns, fk_targets)


def split_top_level(body):
    """Splits a create-table body at commas outside parentheses and quotes."""
    parts, depth, cur, quote = [], 0, [], False
    for ch in body:
        if ch == "'":
            quote = not quote
        elif not quote and ch in "()":
            depth += 1 if ch == "(" else -1
        if ch == "," and depth == 0 and not quote:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    if "".join(cur).strip():
        parts.append("".join(cur).strip())
    return parts


def read_drift(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            cells = line.rstrip("\n").split("\t")
            if number == 1 and cells[0] == "kind":
                continue
            if not line.strip():
                continue
            cells += [""] * (4 - len(cells))
            rows.append(Drift(number, cells[0], cells[1].lower(), cells[2].lower(), cells[3]))
    return rows


def read_differences(path_or_obj):
    data = path_or_obj
    if isinstance(path_or_obj, str):
        with open(path_or_obj, encoding="utf-8") as f:
            data = json.load(f)
    return [Difference(i, d) for i, d in enumerate(data.get("differences", []))]


def _on(d, kind, table, member, aspect):
    return d.kind == kind and d.obj == table and d.member == member and d.aspect == aspect


def expectation(row):
    """The predicate a reported difference must satisfy to be the one this drift row describes."""
    t, o = row.table, row.obj
    k = row.kind
    if k == "missing_table":
        return lambda d: _on(d, "table", t, None, PRESENCE) and d.absent_in_db
    if k == "missing_column":
        return lambda d: _on(d, "column", t, o, PRESENCE) and d.absent_in_db
    if k == "extra_column":
        return lambda d: _on(d, "column", t, o, PRESENCE) and d.absent_in_entities
    if k == "type_changed":
        return lambda d: _on(d, "column", t, o, "type")
    if k == "nullability":
        return lambda d: _on(d, "column", t, o, "nullability")
    if k == "default_added":
        # the database has a default the entities do not declare
        return lambda d: _on(d, "column", t, o, "default") and not d.absent_in_db and d.absent_in_entities
    if k == "missing_fk":
        return lambda d: _on(d, "foreign key", t, o, PRESENCE) and d.absent_in_db
    if k == "missing_unique":
        if o:
            return lambda d: _on(d, "unique constraint", t, o, PRESENCE) and d.absent_in_db
        # an unnamed inline `unique (a, b)`: PostgreSQL would name it itself, so any name will do
        return lambda d: (d.kind == "unique constraint" and d.obj == t and d.aspect == PRESENCE and d.absent_in_db)
    if k == "missing_index":
        return lambda d: _on(d, "index", t, o, PRESENCE) and d.absent_in_db
    if k == "extra_index":
        return lambda d: _on(d, "index", t, o, PRESENCE) and d.absent_in_entities
    if k == "missing_comment":
        if "." in o:
            column = o.rsplit(".", 1)[1]
            return lambda d: _on(d, "column", t, column, "comment")
        return lambda d: _on(d, "table", t, None, "comment")
    if k == "missing_sequence":
        return lambda d: _on(d, "sequence", o, None, PRESENCE) and d.absent_in_db
    if k == "sequence_increment":
        return lambda d: _on(d, "sequence", o, None, "increment")
    return None


def _mentions(d, column):
    """True when a constraint difference names the column in its member name or its entity-side value."""
    pattern = re.compile(r"(^|[^a-z0-9_])" + re.escape(column) + r"($|[^a-z0-9_])")
    text = f"{d.member or ''} {d.raw.get('to') or ''} {d.raw.get('from') or ''}".lower()
    return bool(pattern.search(text)) or (d.member or "").startswith(f"{d.obj}_{column}_")


def implied_by(d, rows, ddl):
    """The drift row that makes difference d part of a bigger, listed difference, or None."""
    for row in rows:
        if row.kind == "missing_table":
            if d.obj == row.table and d.kind != "sequence":
                return row
            if (d.kind == "foreign key" and d.aspect == PRESENCE and d.absent_in_db
                    and ddl.fk_targets.get((d.obj, d.member)) == row.table):
                return row
        elif row.kind == "missing_column" and d.obj == row.table:
            if d.kind == "column" and d.member == row.obj and d.aspect != PRESENCE:
                return row
            definition = row.detail.lower()
            inline = {"unique constraint": " unique" in f" {definition}", "check constraint": "check (" in definition}
            if inline.get(d.kind) and d.aspect == PRESENCE and d.absent_in_db and _mentions(d, row.obj):
                return row
        elif row.kind == "type_changed" and d.obj == row.table and d.kind == "check constraint":
            # workload.py drops a column check when it turns the column into an integer type
            definition = ddl.columns.get(row.table, {}).get(row.obj, "")
            new_type = row.detail.split("->")[-1].strip()
            if ("check (" in definition and new_type in ("smallint", "integer", "bigint")
                    and d.aspect == PRESENCE and d.absent_in_db and _mentions(d, row.obj)):
                return row
    return None


EXTRA_INDEX_WHY = {
    "reported": "an index the database has and no revision made is drift, reported, never dropped",
    "operation": "an index the history made that the entities no longer have was removed by the developer: dropped"}


def extra_index_action(d):
    """What retort should do with a DB-only index: drop it when the revision history made it (cause `change`: the
    developer removed it from the entities), report it otherwise (drift, or no history to tell)."""
    return "operation" if d.raw.get("cause") == "change" else "reported"


@dataclass
class MatchResult:
    listed: int
    found: list = field(default_factory=list)  # (Drift, Difference)
    missed: list = field(default_factory=list)  # Drift
    implied: list = field(default_factory=list)  # (Difference, Drift)
    extra: list = field(default_factory=list)  # Difference
    warnings: list = field(default_factory=list)  # str


def match(rows, differences, ddl=Ddl({}, {})):
    result = MatchResult(listed=len(rows))
    used = set()
    for row in rows:
        wanted = expectation(row)
        if wanted is None:
            result.missed.append(row)
            result.warnings.append(f"drift.tsv line {row.line}: unknown kind {row.kind!r}")
            continue
        hit = next((d for d in differences if d.index not in used and wanted(d)), None)
        if hit is None:
            result.missed.append(row)
            continue
        used.add(hit.index)
        result.found.append((row, hit))
        if row.kind == "extra_index" and hit.raw.get("action") != extra_index_action(hit):
            result.warnings.append(f"extra index {row.table}.{row.obj} has action {hit.raw.get('action')!r} "
                                   f"(cause {hit.raw.get('cause')!r}), expected {extra_index_action(hit)!r}: "
                                   + EXTRA_INDEX_WHY[extra_index_action(hit)])
    for d in differences:
        if d.index in used:
            continue
        cause = implied_by(d, rows, ddl)
        if cause is not None:
            result.implied.append((d, cause))
        else:
            result.extra.append(d)
    return result


def report_lines(result, limit=20):
    """Human-readable lines: counts, then the first `limit` missed and extra differences."""
    lines = [f"drift listed {result.listed}, found {len(result.found)}, missed {len(result.missed)}, "
             f"extra {len(result.extra)} (implied by a listed difference: {len(result.implied)})"]
    if result.missed:
        lines.append(f"MISSED ({len(result.missed)}): listed in drift.tsv, not reported by retort")
        lines += [f"  - line {r.line}: {r.describe()}" for r in result.missed[:limit]]
        if len(result.missed) > limit:
            lines.append(f"  ... and {len(result.missed) - limit} more")
    if result.extra:
        lines.append(f"EXTRA ({len(result.extra)}): reported by retort, not in drift.tsv -- FALSE POSITIVES unless the "
                     "workload forgot to list them")
        lines += [f"  - #{d.index}: {d.describe()}" for d in result.extra[:limit]]
        if len(result.extra) > limit:
            lines.append(f"  ... and {len(result.extra) - limit} more")
    lines += [f"WARNING: {w}" for w in result.warnings]
    return lines


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    check_json, workload = argv[1], argv[2]
    result = match(read_drift(os.path.join(workload, "drift.tsv")), read_differences(check_json),
                   Ddl.read(os.path.join(workload, "create.sql")))
    print("\n".join(report_lines(result)))
    return 0 if not result.missed and not result.extra else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
