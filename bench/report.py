"""Markdown for bench/run.py: the summary table, the preparation table and the per-size details."""
import statistics
import subprocess
import time
from dataclasses import dataclass

import match

# the order retort runs its steps in; jvm-start is `retort --version`, measured by the harness
STEP_ORDER = ["jvm-start", "embedded-start", "replay", "scan-entities", "reflect-database", "normalize-target", "compare", "plan", "render"]


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


def first_line(cmd):
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True)
        return ((proc.stdout.strip() or proc.stderr.strip()).splitlines() or ["?"])[0]
    except OSError:
        return "?"


def seconds(value):
    return value if isinstance(value, str) else f"{value:.2f} s"


def ms_as_s(values):
    """'2.61 s (2.40–2.93)' for a list of milliseconds: median, then min–max."""
    if not values:
        return "—"
    med = statistics.median(values) / 1000
    if len(values) == 1:
        return f"{med:.2f} s"
    return f"{med:.2f} s ({min(values) / 1000:.2f}–{max(values) / 1000:.2f})"


def step_breakdown(s, ctx):
    medians = {name: statistics.median(v) for name, v in s.steps.items()}
    if ctx.jvm_ms is not None:
        medians["jvm-start"] = ctx.jvm_ms
    names = [n for n in STEP_ORDER if n in medians] + sorted(n for n in medians if n not in STEP_ORDER)
    return " · ".join(f"{n} {medians[n]:.0f}" for n in names) or "—"


def oracle_cells(s):
    if s.oracle is None:
        return "not run (--oracle)"
    return drift_cells(s, s.oracle) + f" in {seconds(s.timings['oracle'])}"


def drift_cells(s, r):
    if r is None:
        return f"{s.listed or '—'} / — / — / —"
    loud = " ⚠" if r.missed or r.extra else ""
    return f"{r.listed} / {len(r.found)} / {len(r.missed)} / {len(r.extra)}{loud}"


def summary_table(results, ctx):
    lines = ["| size | tables | median wall | min–max | peak RSS MB | steps, median ms | Hibernate boot alone "
             "| drift listed / found / missed / extra |",
             "|---:|---:|---:|---:|---:|---|---:|---|"]
    for s in results:
        if s.walls:
            wall = f"{statistics.median(s.walls):.2f} s"
            spread = f"{min(s.walls):.2f}–{max(s.walls):.2f} s"
            rss = f"{max(s.rss_kb) / 1024:.0f}"
        else:
            wall = spread = rss = "—"
        lines.append(f"| {s.n} | {s.tables or '—'} | {wall} | {spread} | {rss} | {step_breakdown(s, ctx)} "
                     f"| {ms_as_s(s.boot_ms)} | {drift_cells(s, s.result)} |")
    return "\n".join(lines)


def preparation_table(results):
    lines = ["| size | generate | entity jar build | HibernateDdl process (median) | Hibernate boot, median (min–max) "
             "| DDL generation | older.sql + drift.tsv | DB load | statements PostgreSQL rejected "
             "| oracle: listed / found / missed / extra |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for s in results:
        t = s.timings
        cell = lambda k: seconds(t[k]) if k in t else "—"
        lines.append(f"| {s.n} | {cell('generate')} | {cell('jar build')} | {cell('Hibernate DDL process')} "
                     f"| {ms_as_s(s.boot_ms)} | {ms_as_s(s.ddl_ms)} | {cell('older.sql')} | {cell('DB load')} "
                     f"| {len(s.load_errors) if 'DB load' in t else '—'} | {oracle_cells(s)} |")
    return "\n".join(lines)


def document(results, ctx):
    out = ["# retort check benchmark", "",
           f"{time.strftime('%Y-%m-%d %H:%M %Z')} · seed {ctx.seed} · {ctx.runs} runs per size · {ctx.java} · "
           f"PostgreSQL {ctx.postgres} · peak RSS by {ctx.rss_method}", ""]
    if ctx.launcher:
        out += [f"Measured command: `{ctx.launcher} -p bench/out/project<N> check --format json --verbose` from the "
                "repository root; jvm-start is the median wall time of `--version`.", ""]
    else:
        out += [f"**retort check was not run**: {ctx.why_not}. Only the preparation was measured.", ""]
    out += [summary_table(results, ctx), "",
            "Wall times are whole processes (JVM start included); steps are what retort prints with --verbose. "
            "Hibernate boot alone is Metadata built from the same jar with no connection, in a separate JVM. "
            "Drift: rows of drift.tsv / reported correctly / not reported / reported but not listed "
            "(false positives: ⚠ means look below).", "",
            "## Preparation", "", preparation_table(results), ""]
    for s in results:
        out += [f"## N = {s.n}", ""]
        if s.error:
            out += [f"**FAILED**: {s.error}", ""]
        out += [f"- {note}" for note in s.notes]
        if s.load_errors:
            out.append(f"- **{len(s.load_errors)} statements of older.sql were rejected by PostgreSQL**:")
            out += [f"  - `{e}`" for e in s.load_errors[:10]]
        if s.oracle is not None:
            out += ["", "Workload self-check (catalog oracle, bench/oracle.py, against drift.tsv):", "", "```"]
            out += match.report_lines(s.oracle) + ["```"]
        if s.result is not None:
            out += ["", "retort check against drift.tsv:", "", "```"] + match.report_lines(s.result) + ["```"]
        out.append("")
    return "\n".join(out)
