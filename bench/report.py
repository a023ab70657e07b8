"""Markdown for bench/run.py: the summary, the verdicts on the targets, the step breakdown, fresh vs analyzed
reflection, shares and growth exponents, Hibernate's migrator, the preparation table and the per-size details."""
import subprocess
import time
from collections import Counter
from dataclasses import dataclass

import analysis
import match

NONE = "—"


@dataclass(frozen=True)
class Context:
    runs: int
    seed: str
    rss_method: str
    jvm_ms: float  # None when retort was not runnable
    launcher: str
    why_not: str
    java: str
    postgres: str
    autovacuum: str = None  # the server's setting; None when embedded
    hibernate_jvm_opts: str = ""
    fresh_runs: int = 1


def first_line(cmd):
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True)
        return ((proc.stdout.strip() or proc.stderr.strip()).splitlines() or ["?"])[0]
    except OSError:
        return "?"


def seconds(value):
    return value if isinstance(value, str) else f"{value:.2f} s"


def spread(values, scale=1.0):
    """'2.61 s (2.40–2.93)': median then min–max of seconds (of milliseconds with scale=1000)."""
    if not values:
        return NONE
    med, low, high = (x / scale for x in (analysis.median(values), min(values), max(values)))
    return f"{med:.2f} s" if len(values) == 1 else f"{med:.2f} s ({low:.2f}–{high:.2f})"


def ms_as_s(values):
    return spread(values, 1000)


def times(r):
    return f"{r:.2f}×" if r is not None else NONE


def number(value, digits=0, unit=""):
    return f"{value:.{digits}f}{unit}" if value is not None else NONE


def point(s):
    """The numbers of one size that the targets and exponents use (retort's own steps, jvm-start left out)."""
    fresh = s.fresh.step_medians().get("reflect-database")
    return analysis.Point(s.n, s.tables, s.check.wall(), s.check.rss_mb(), s.check.step_medians(), s.boot.wall(),
                          fresh)


def drift_cells(s, r):
    if r is None:
        return f"{s.listed or NONE} / {NONE} / {NONE} / {NONE}"
    loud = " ⚠" if r.missed or r.extra else ""
    return f"{r.listed} / {len(r.found)} / {len(r.missed)} / {len(r.extra)}{loud}"


def oracle_cells(s):
    if s.oracle is None:
        return "not run (--oracle)"
    return drift_cells(s, s.oracle) + f" in {seconds(s.timings['oracle'])}"


def table(header, align, rows):
    """A Markdown table: header cells, an alignment row ('r' or 'l' per column), then the rows' cells."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" if a == "r" else "---" for a in align) + "|"]
    return "\n".join(lines + ["| " + " | ".join(str(c) for c in row) + " |" for row in rows])


def summary_table(results):
    rows = []
    for s in results:
        wall, boot = s.check.wall(), s.boot.wall()
        in_process = s.boot.marker_median("boot_ms")
        rows.append([s.n, s.tables or NONE, spread(s.check.walls), number(s.check.rss_mb()), spread(s.migrator.walls),
                     number(s.migrator.rss_mb()), spread(s.boot.walls), ms_as_s(s.boot.marker.get("boot_ms")),
                     times(analysis.ratio(wall, s.migrator.wall())),
                     f"{times(analysis.ratio(wall, boot))} · "
                     f"{times(analysis.ratio(wall, in_process / 1000 if in_process else None))}",
                     drift_cells(s, s.result)])
    return table(["size", "tables", "retort check, median (min–max)", "RSS MB", "Hibernate migrator (script)",
                  "migrator RSS MB", "Hibernate boot, whole process", "boot in-process", "retort / migrator",
                  "retort / boot (whole · in-process)", "drift listed / found / missed / extra"],
                 "rrrrrrrrrrl", rows)


def verdicts_table(results):
    rows = [[v.target, v.measured, analysis.mark(v.ok)] for v in analysis.verdicts([point(s) for s in results])]
    return table(["target (issue 6)", "measured", "met"], "llr", rows)


def steps_table(results, ctx):
    medians = [s.check.step_medians() for s in results]
    if ctx.jvm_ms is not None:
        medians = [dict(m, **{"jvm-start": ctx.jvm_ms}) for m in medians]
    names = analysis.ordered_steps({name for m in medians for name in m})
    rows = [[s.n, number(s.check.wall() * 1000 if s.check.walls else None)] + [number(m.get(n)) for n in names]
            + [number(sum(m.values()) if m else None)] for s, m in zip(results, medians)]
    return table(["size", "wall ms"] + names + ["sum of steps"], "r" * (len(names) + 3), rows)


def fresh_table(results):
    rows = []
    for s in results:
        fresh, analyzed = s.fresh.steps.get("reflect-database"), s.check.steps.get("reflect-database")
        rows.append([s.n, analysis.catalog_note(s.catalogs[0] if s.catalogs else []), ms_as_s(fresh),
                     ms_as_s(analyzed), times(point(s).fresh_ratio()), spread(s.fresh.walls), spread(s.check.walls),
                     times(analysis.ratio(s.fresh.wall(), s.check.wall())),
                     seconds(s.timings["ANALYZE"]) if "ANALYZE" in s.timings else NONE])
    return table(["size", "catalogs before the fresh check", "reflect-database, fresh", "reflect-database, analyzed",
                  "ratio", "wall, fresh", "wall, analyzed", "ratio", "ANALYZE took"], "rlrrrrrrr", rows)


def shares_table(results):
    rows = []
    for s in results:
        p = point(s)
        tail = analysis.tail_ms(p.steps_ms)
        share = p.tail_share()
        ok = None if share is None else share <= analysis.TAIL_SHARE_LIMIT
        rows.append([s.n, number(tail), number(p.wall_s * 1000 if p.wall_s else None),
                     number(share * 100 if share is not None else None, 1, " %"), analysis.mark(ok)])
    return table(["size", f"{analysis.TAIL} ms", "wall ms", "share",
                  f"≤ {analysis.TAIL_SHARE_LIMIT:.0%}"], "rrrrr", rows)


def exponents_table(results):
    pairs = analysis.exponents([point(s) for s in results if s.check.walls])
    if not pairs:
        return "Needs two sizes with retort check measured."
    names = analysis.exponent_metrics([p for pair in pairs for p in pair[:2]])
    rows = [[f"{a.n} → {b.n}", f"{a.tables} → {b.tables}"] + [number(e.get(n), 2) for n in names]
            for a, b, e in pairs]
    return table(["sizes", "tables"] + names, "rr" + "r" * len(names), rows)


def migrator_table(results):
    rows = []
    for s in results:
        kinds = s.migrator_kinds or Counter()
        untouched = {True: "yes (catalog the same before and after)", False: "**NO: changed**", None: NONE}
        rows.append([s.n, number(s.migrator.marker_median("statements")), s.listed or NONE,
                     ", ".join(f"{k} {v}" for k, v in kinds.most_common()) or NONE,
                     ms_as_s(s.migrator.marker.get("boot_ms")), ms_as_s(s.migrator.marker.get("migrate_ms")),
                     untouched[s.migrator_untouched]])
    return table(["size", "statements", "drift.tsv rows", "by kind", "boot in-process (with connection)",
                  "migration in-process", "database untouched"], "rrrlrrl", rows)


def preparation_table(results):
    rows = []
    for s in results:
        t = s.timings
        cell = lambda k: seconds(t[k]) if k in t else NONE
        rows.append([s.n, cell("generate"), cell("jar build"), cell("Hibernate DDL process"),
                     ms_as_s(s.ddl.marker.get("boot_ms")), ms_as_s(s.ddl.marker.get("ddl_ms")), cell("older.sql"),
                     cell("DB load"), len(s.load_errors) if "DB load" in t else NONE, oracle_cells(s)])
    return table(["size", "generate", "entity jar build", "HibernateDdl process (median)",
                  "Hibernate boot, median (min–max)", "DDL generation", "older.sql + drift.tsv", "DB load",
                  "statements PostgreSQL rejected", "oracle: listed / found / missed / extra"], "rrrrrrrrrl", rows)


def header(ctx):
    out = ["# retort check benchmark", "",
           f"{time.strftime('%Y-%m-%d %H:%M %Z')} · seed {ctx.seed} · {ctx.runs} runs per size · {ctx.java} · "
           f"PostgreSQL {ctx.postgres} (autovacuum {ctx.autovacuum or NONE}) · peak RSS by {ctx.rss_method}", ""]
    if ctx.launcher:
        return out + [f"Measured command: `{ctx.launcher} -p bench/out/project<N> check --format json --verbose` from "
                      "the repository root; jvm-start is the median wall time of `--version`. Hibernate's processes "
                      f"(`bench/HibernateDdl.java`, compiled beforehand) run with `{ctx.hibernate_jvm_opts}`.", ""]
    return out + [f"**retort check was not run**: {ctx.why_not}. Only the preparation was measured.", ""]


def details(s):
    out = [f"## N = {s.n}", ""]
    if s.error:
        out += [f"**FAILED**: {s.error}", ""]
    out += [f"- {note}" for note in s.notes]
    out += [f"- catalogs before fresh check {k}: {analysis.catalog_note(c)}" for k, c in enumerate(s.catalogs, 1)]
    if s.load_errors:
        out.append(f"- **{len(s.load_errors)} statements of older.sql were rejected by PostgreSQL**:")
        out += [f"  - `{e}`" for e in s.load_errors[:10]]
    if s.oracle is not None:
        out += ["", "Workload self-check (catalog oracle, bench/oracle.py, against drift.tsv):", "", "```"]
        out += match.report_lines(s.oracle) + ["```"]
    if s.result is not None:
        out += ["", "retort check against drift.tsv:", "", "```"] + match.report_lines(s.result) + ["```"]
    return out + [""]


def embedded_caveat(ctx):
    """Issue 6's targets are for a running server; an embedded run adds the server's start and the replay."""
    if ctx.autovacuum is not None:
        return []
    return ["Embedded mode: the targets are set for `check` against a running server; here the wall also holds the "
            "embedded server's start and the replay of the history (issue 7 asks for at most 2 s more than against "
            "a running server). Shown for reference.", ""]


def document(results, ctx):
    fresh = (f"Fresh: {ctx.fresh_runs} check(s) of each size on the database just as loaded, no ANALYZE since the "
             "DDL (each after the first on a reloaded database). Then `ANALYZE` (which covers the system catalogs), "
             "and every timed check of the other tables runs on the analyzed database.")
    out = header(ctx) + [
        summary_table(results), "",
        "Wall times are whole processes (JVM start included), medians (min–max) of the runs; RSS is the largest "
        "peak of the runs. The migrator is Hibernate's SchemaMigrator against the same database with the SCRIPT "
        "target only; the boot is Hibernate's metadata boot alone from the same jar with no connection. "
        "retort / boot: retort's wall over the boot's whole-process wall · over its in-process time. "
        "Drift: rows of drift.tsv / reported correctly / not reported / reported but not listed "
        "(⚠: look below).", "",
        "## Targets", "", *embedded_caveat(ctx), verdicts_table(results), "",
        "## retort's steps, median ms", "", steps_table(results, ctx), "",
        "Steps are what retort prints with --verbose; some run in parallel, so their sum can exceed the wall.", "",
        "## Fresh vs analyzed database", "", fresh, "", fresh_table(results), "",
        f"## Share of {analysis.TAIL} in the wall time", "", shares_table(results), "",
        "## Growth exponents between sizes", "",
        "log(t₂/t₁) / log(tables₂/tables₁) of the medians: 1 is linear in the number of tables, 2 quadratic.", "",
        exponents_table(results), "",
        "## Hibernate's SchemaMigrator, script only", "",
        "Hibernate's update never drops anything and leaves nullability and defaults alone, so its statements are not "
        "expected to match drift.tsv: the count is for information. The statements of the last run are in "
        "bench/out/migrate<N>.sql.", "",
        migrator_table(results), "",
        "## Preparation", "", preparation_table(results), ""]
    for s in results:
        out += details(s)
    return "\n".join(out)
