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
    uptime: str = None  # `uptime` when the run began
    cores: int = None  # the machine's CPUs


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


def machine_line(ctx):
    """The machine's CPUs and its load when the run began."""
    cores = f"{ctx.cores} CPUs" if ctx.cores else "CPUs unknown"
    return [f"Machine: {cores}; `uptime` when the run began: `{ctx.uptime}`. Other work shares the machine: the "
            "load before each size's timed checks, and the CPU the machine was busy with while they ran, are in "
            "the per-size sections (and `## Load` where present).", ""] if ctx.uptime else []


def load_cells(r):
    """The 1-minute load averages before the runs (min–max), and the median cores busy during them: the machine's,
    and the measured process tree's own."""
    loads = [v for v in r.marker.get("load1", []) if v is not None]
    load = NONE if not loads else (f"{loads[0]:.2f}" if len(loads) == 1 else f"{min(loads):.2f}–{max(loads):.2f}")
    return load, number(r.marker_median("busy_cores"), 2), number(r.marker_median("own_cores"), 2)


def load_line(name, r):
    load, busy, own = load_cells(r)
    return (f"- {name}: 1-minute load before each run {load}; during the runs the machine kept {busy} cores busy "
            f"(median), {own} of them this check's processes")


def header(ctx):
    out = ["# retort check benchmark", "",
           f"{time.strftime('%Y-%m-%d %H:%M %Z')} · seed {ctx.seed} · {ctx.runs} runs per size · {ctx.java} · "
           f"PostgreSQL {ctx.postgres} (autovacuum {ctx.autovacuum or NONE}) · peak RSS by {ctx.rss_method}", "",
           *machine_line(ctx)]
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
    out += [f"- `uptime` {when}: `{line}`" for when, line in s.uptimes]
    if s.check.walls:
        out.append(load_line("timed checks", s.check))
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


# --history: the check of a server whose database has the revision history applied, which replays it, beside the
# plain check of the same schema loaded without revisions

VARIANT_TITLES = {"embedded": "history replayed in the embedded PostgreSQL",
                  "scratch": "history replayed in a scratch database on the server"}


def replay_cost(plain, replayed):
    """'+0.72 s (1.91×)': the history check's median wall over the plain check's."""
    a, b = plain.wall(), replayed.wall()
    if a is None or b is None:
        return NONE
    return f"{b - a:+.2f} s ({b / a:.2f}×)"


def history_found(s):
    cells = [drift_cells(s, s.result)] + [drift_cells(s, s.history_result.get(v)) for v in s.history]
    return " · ".join(cells)


def history_summary_table(results):
    variants = variants_of(results)
    rows = []
    for s in results:
        row = [s.n, s.tables or NONE, s.timings.get("history", NONE), spread(s.check.walls), number(s.check.rss_mb())]
        for v in variants:
            r = s.history.get(v)
            row += [spread(r.walls), number(r.rss_mb()), replay_cost(s.check, r)] if r else [NONE] * 3
        rows.append(row + [history_found(s)])
    header = ["size", "tables", "history", "plain check (no revision applied)", "RSS MB"]
    for v in variants:
        header += [f"check, {VARIANT_TITLES.get(v, v)}", "RSS MB", "replay's cost"]
    return table(header + ["drift listed / found / missed / extra: plain · " + " · ".join(variants)],
                 "rrlrr" + "rrr" * len(variants) + "l", rows)


def variants_of(results):
    seen = []
    for s in results:
        seen += [v for v in s.history if v not in seen]
    return seen


def history_points(results, variant):
    return [analysis.Point(s.n, s.tables, s.history[variant].wall(), s.history[variant].rss_mb(),
                           s.history[variant].step_medians(), s.boot.wall())
            for s in results if variant in s.history and s.history[variant].walls]


def history_verdicts_table(results):
    """Issue 6's targets (the fresh-database one is not measured here) on the plain check, and on each history
    check for information."""
    columns = [("plain check", [point(s) for s in results if s.check.walls])]
    columns += [(f"check, {VARIANT_TITLES.get(v, v)}", history_points(results, v)) for v in variants_of(results)]
    verdicts = [[v for v in analysis.verdicts(points) if not v.target.startswith("reflect-database on a fresh")]
                for _, points in columns]
    rows = [[verdicts[0][k].target] + [f"{vs[k].measured} {analysis.mark(vs[k].ok)}" for vs in verdicts]
            for k in range(len(verdicts[0]))]
    return table(["target (issue 6)"] + [name for name, _ in columns], "l" + "l" * len(columns), rows)


def history_steps_table(results, ctx):
    """Per size and check: the wall and every step's median, the history's steps first."""
    named = [(s, "plain", s.check) for s in results] + [(s, v, r) for s in results for v, r in s.history.items()]
    named.sort(key=lambda x: (x[0].n, 0 if x[1] == "plain" else 1 + variants_of(results).index(x[1])))
    medians = [r.step_medians() for _, _, r in named]
    present = {name for m in medians for name in m}
    history = [n for n in analysis.HISTORY_STEPS if n in present]
    others = [n for n in analysis.ordered_steps(present) if n not in history]
    rows = [[s.n, v, number(r.wall() * 1000 if r.walls else None)] + [number(m.get(n)) for n in history + others]
            for (s, v, r), m in zip(named, medians)]
    return table(["size", "check", "wall ms"] + history + others, "rlr" + "r" * (len(history) + len(others)), rows)


def history_load_table(results):
    rows = []
    for s in results:
        for name, r in [("plain", s.check)] + list(s.history.items()):
            load, busy, own = load_cells(r)
            rows.append([s.n, name, load, busy, own])
    return table(["size", "check", "1-minute load before each run", "cores busy during the runs (median)",
                  "of which this check's processes"], "rlrrr", rows)


def history_preparation_table(results):
    rows = []
    for s in results:
        cell = lambda k: seconds(s.timings[k]) if k in s.timings else NONE
        rows.append([s.n, cell("generate"), cell("jar build"), cell("Hibernate DDL process"), cell("older.sql"),
                     cell("DB load"), len(s.load_errors) if "DB load" in s.timings else NONE,
                     cell("retort upgrade (history)"), cell("ANALYZE"), cell("ANALYZE (history)")])
    return table(["size", "generate", "entity jar build", "HibernateDdl process (median)", "older.sql + drift.tsv",
                  "DB load (psql)", "statements PostgreSQL rejected", "retort upgrade of the history",
                  "ANALYZE (plain)", "ANALYZE (history)"], "rrrrrrrrrr", rows)


def history_details(s):
    out = [f"## N = {s.n}", ""]
    if s.error:
        out += [f"**FAILED**: {s.error}", ""]
    out += [f"- {note}" for note in s.notes]
    out += [f"- `uptime` {when}: `{line}`" for when, line in s.uptimes]
    if s.load_errors:
        out.append(f"- **{len(s.load_errors)} statements of older.sql were rejected by PostgreSQL**:")
        out += [f"  - `{e}`" for e in s.load_errors[:10]]
    for name, result in [("plain check", s.result)] + [(f"check, {VARIANT_TITLES.get(v, v)}", r)
                                                         for v, r in s.history_result.items()]:
        if result is not None:
            out += ["", f"{name}, against drift.tsv:", "", "```"] + match.report_lines(result) + ["```"]
    return out + [""]


def history_document(results, ctx):
    out = ["# retort check with the revision history replayed: benchmark", "",
           f"{time.strftime('%Y-%m-%d %H:%M %Z')} · seed {ctx.seed} · {ctx.runs} runs per check and size · {ctx.java} · "
           f"PostgreSQL {ctx.postgres} (autovacuum {ctx.autovacuum or NONE}) · peak RSS by {ctx.rss_method}", "",
           *machine_line(ctx),
           f"Measured command: `{ctx.launcher} -p bench/out/project<N>[-history-<variant>] check --format json "
           "--verbose` from the repository root, on three databases of the same schema (older.sql) on the local "
           "server: the **plain check** of `<prefix><N>` as loaded by psql (no revision applied: compared without a "
           "history), and the check of `<prefix><N>_history`, built by `retort upgrade` of older.sql as 20 revision "
           "files, which replays those revisions before comparing: into the **embedded** PostgreSQL "
           "(`history.database=embedded`, the default) or into a **scratch database** that retort creates and drops "
           "on the same local server (`history.database=jdbc:postgresql://127.0.0.1:5432/postgres`). Both "
           "databases are analyzed. After one untimed warm-up of each, the three checks run in turns, "
           f"{ctx.runs} rounds, so that the machine's load falls alike on all three.", "",
           history_summary_table(results), "",
           "Wall times are whole processes (JVM start included), medians (min–max) of the runs; RSS is the largest "
           "peak of the runs, of the largest process (the JVM: the embedded PostgreSQL's processes, and the "
           "server's backends, are not in it). Replay's cost: the history check's median wall minus (over) the "
           "plain check's. Drift: rows of drift.tsv / reported correctly / not reported / reported but not listed, "
           "for each check (⚠: look below).", "",
           "## Load", "", history_load_table(results), "",
           "Load: the 1-minute load average read before each timed run (this benchmark's own previous run is in "
           "it). Cores busy: the machine's busy CPU time over the run's wall time (/proc/stat), and the part of it "
           "that the check's own process tree used (its CPU time, getrusage): the difference is other work, the "
           "server's backends included.", "",
           "## The replay's steps, median ms", "", history_steps_table(results, ctx), "",
           "The replay runs on a thread of its own while the entities are scanned and the database is read "
           "(history-create / history-embedded-start, history-replay, history-reflect), so on a machine with cores "
           "to spare it adds little more than history-wait (the comparison waiting for it) and history-normalize "
           "(the entities normalized on the history's server); on 2 cores it also competes for the CPU. "
           "history-embedded-start includes history-embedded-copy (the initialized cluster copied) and "
           "history-embedded-server (the server started); history-create is the scratch database's CREATE DATABASE.",
           "",
           "## Targets", "",
           "Issue 6's targets, for `check` against a running server; the plain check is that measure. The history "
           "checks are the same check of a server whose database has applied revisions, shown beside it against "
           "the same limits (the fresh-database target is not measured in this mode; see results.md).", "",
           history_verdicts_table(results), "",
           "## Preparation", "", history_preparation_table(results), ""]
    for s in results:
        out += history_details(s)
    return "\n".join(out)
