"""Arithmetic over bench/run.py's measurements: parsing, medians, ratios, growth exponents, shares and the verdicts
on issue 6's targets. No I/O and no processes, so that all of it is unit-tested (bench/test_analysis.py)."""
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

# the order retort runs its steps in; jvm-start is `retort --version`, measured by the harness
# (history-* are the replay of the revision history beside a server's database: history-create is the scratch
# database on history.database's server, history-embedded-start the embedded PostgreSQL with its parts -copy and
# -server, history-wait how long the comparison waited for the replay to end)
STEP_ORDER = ["jvm-start", "embedded-start", "embedded-copy", "embedded-server", "replay",
              "history-create", "history-embedded-start", "history-embedded-copy", "history-embedded-server",
              "history-replay", "scan-entities", "reflect-database", "history-reflect", "normalize", "history-wait",
              "history-normalize", "normalize-target", "compare", "plan", "render"]
# the steps of the history's replay, in the order they run; the replay's own thread runs the first ones while the
# entities are scanned and the database is read, history-wait and history-normalize come after on the main thread
HISTORY_STEPS = ["history-create", "history-embedded-start", "history-embedded-copy", "history-embedded-server",
                 "history-replay", "history-reflect", "history-wait", "history-normalize"]
STEP_LINE = re.compile(r"^retort: step (\S+) (\d+(?:\.\d+)?) ms\s*$")
# comparison + ordering + rendering: the part of `retort check` that the issue wants at <= 5 % of the wall time
TAIL_STEPS = ("compare", "plan", "render")
TAIL = "+".join(TAIL_STEPS)

# issue 6's targets
WALL_LIMIT_S = {50: 1.5, 500: 3.0}  # size -> median wall of `retort check`
BOOT_LIMIT = (2000, 2.5)  # at this size, retort's median wall <= this many times Hibernate's boot (whole process)
RSS_LIMIT_MB = (500, 300)  # at this size, peak RSS <= MB
FRESH_LIMIT = 1.5  # reflect-database on a never-analyzed database <= this many times the analyzed one
TAIL_SHARE_LIMIT = 0.05  # compare + plan + render <= this share of the wall time, every size


def parse_steps(stderr):
    """{step: ms} from the `retort: step <name> <ms> ms` lines of retort's stderr (a repeated step adds up)."""
    steps = {}
    for line in stderr.splitlines():
        m = STEP_LINE.match(line.strip())
        if m:
            steps[m.group(1)] = steps.get(m.group(1), 0.0) + float(m.group(2))
    return steps


def load_average(loadavg_text):
    """The 1-minute load average from /proc/loadavg's text."""
    return float(loadavg_text.split()[0])


def busy_seconds(stat_text, ticks_per_second):
    """Seconds of CPU the whole machine has been busy since boot, from /proc/stat's `cpu` line (all but idle and
    iowait; guest time is inside user time already)."""
    fields = next(line for line in stat_text.splitlines() if line.startswith("cpu ")).split()[1:]
    values = [int(v) for v in fields]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    counted = values[:8]  # user nice system idle iowait irq softirq steal
    return (sum(counted) - idle) / ticks_per_second


def cpu_cores(before, after, seconds):
    """{busy_cores, own_cores}: how many cores the machine kept busy on average during `seconds` of wall time, and
    how many of them the measured process tree used (its CPU time over the wall); None when not measurable."""
    if not seconds or before[0] is None or after[0] is None:
        return None
    return {"busy_cores": (after[0] - before[0]) / seconds, "own_cores": (after[1] - before[1]) / seconds}


def parse_marker(stdout, tag="HIBERNATE"):
    """The key=value pairs of the last stdout line that starts with `tag ` (numbers as int), or None."""
    lines = [line for line in stdout.splitlines() if line.startswith(tag + " ")]
    if not lines:
        return None
    pairs = (item.split("=", 1) for item in lines[-1].split()[1:] if "=" in item)
    return {k: int(v) if v.isdigit() else v for k, v in pairs}


def statement_kind(sql):
    """A short kind for one DDL statement: 'create table', 'add column', 'alter column', 'add foreign key', …"""
    text = " ".join(sql.lower().replace("if exists ", "").split())
    m = re.match(r"alter table \S+ (add|alter|drop) (column|constraint) (?:\S+ )?(\S+ \S+)?", text)
    if m:
        action, what, tail = m.groups()
        if what == "constraint" and action == "add":
            return "add " + ("foreign key" if tail == "foreign key" else (tail or "constraint").split()[0])
        return f"{action} {what}"
    return " ".join(text.rstrip(";").split()[:2]) or "empty"


def count_kinds(statements):
    return Counter(statement_kind(s) for s in statements if s.strip())


@dataclass(frozen=True)
class CatalogStat:
    """pg_stat_all_tables and pg_class for one catalog: when it was analyzed ('' never) and how many rows the
    planner believes it has (reltuples, from the last ANALYZE or VACUUM) against how many it has (count(*))."""
    name: str
    last_autoanalyze: str
    last_analyze: str
    reltuples: int
    live: int

    def analyzed(self):
        return bool(self.last_autoanalyze or self.last_analyze)


def catalog_stats(rows):
    """CatalogStat from rows of (relname, last_autoanalyze, last_analyze, reltuples, count) as text."""
    return [CatalogStat(name, auto, manual, int(tuples), int(live)) for name, auto, manual, tuples, live in rows]


def catalog_note(stats):
    """One line: were the catalogs analyzed before the 'fresh' check, and what did the planner believe."""
    if not stats:
        return "not read"
    analyzed = [f"{c.name} ({c.last_autoanalyze or c.last_analyze})" for c in stats if c.analyzed()]
    head = "analyzed before: " + ", ".join(analyzed) if analyzed else "never analyzed"
    return head + "; rows the planner believes / rows: " + ", ".join(f"{c.name} {c.reltuples}/{c.live}" for c in stats)


def median(values):
    return statistics.median(values) if values else None


def ratio(a, b):
    """a / b, or None when either is unknown or b is 0."""
    if a is None or b is None or b == 0:
        return None
    return a / b


def growth_exponent(t1, t2, n1, n2):
    """log(t2/t1) / log(n2/n1): 1 for linear growth in n, 2 for quadratic; None when it cannot be computed."""
    if None in (t1, t2, n1, n2) or min(t1, t2, n1, n2) <= 0 or n1 == n2:
        return None
    return math.log(t2 / t1) / math.log(n2 / n1)


def tail_ms(steps_ms):
    """compare + plan + render (whichever retort printed), or None when it printed none of them."""
    present = [steps_ms[name] for name in TAIL_STEPS if name in steps_ms]
    return sum(present) if present else None


@dataclass
class Runs:
    """Repeated runs of one process: wall seconds, peak RSS KB, retort's steps and a program's marker values."""
    walls: list = field(default_factory=list)
    rss_kb: list = field(default_factory=list)
    steps: dict = field(default_factory=dict)  # step -> [ms of each run]
    marker: dict = field(default_factory=dict)  # key -> [value of each run]

    def add(self, seconds, rss_kb, steps=None, marker=None):
        self.walls.append(seconds)
        self.rss_kb.append(rss_kb)
        for store, values in ((self.steps, steps), (self.marker, marker)):
            for k, v in (values or {}).items():
                store.setdefault(k, []).append(v)

    def wall(self):
        return median(self.walls)

    def rss_mb(self):
        """The largest peak RSS of the runs, MB."""
        return max(self.rss_kb) / 1024 if self.rss_kb else None

    def step_medians(self):
        return {name: statistics.median(v) for name, v in self.steps.items()}

    def marker_median(self, key):
        return median([v for v in self.marker.get(key, []) if isinstance(v, (int, float))])


@dataclass(frozen=True)
class Point:
    """One size's medians, which the targets and the exponents are computed from; None: not measured."""
    n: int
    tables: int
    wall_s: float = None
    rss_mb: float = None
    steps_ms: dict = field(default_factory=dict)
    boot_wall_s: float = None  # Hibernate's metadata boot alone, whole process
    fresh_reflect_ms: float = None  # reflect-database on the database as loaded, never analyzed

    def tail_share(self):
        return ratio(tail_ms(self.steps_ms), self.wall_s * 1000 if self.wall_s else None)

    def fresh_ratio(self):
        return ratio(self.fresh_reflect_ms, self.steps_ms.get("reflect-database"))


def ordered_steps(names):
    """Step names in the order retort runs them, unknown ones after them by name."""
    return [n for n in STEP_ORDER if n in names] + sorted(n for n in names if n not in STEP_ORDER)


def exponent_metrics(points):
    """The metric names exponents are reported for: wall, every step, then compare+plan+render."""
    steps = ordered_steps({name for p in points for name in p.steps_ms})
    return ["wall"] + steps + ([TAIL] if any(tail_ms(p.steps_ms) is not None for p in points) else [])


def metric(point, name):
    """A point's value of one exponent metric, in ms."""
    if name == "wall":
        return point.wall_s * 1000 if point.wall_s is not None else None
    if name == TAIL:
        return tail_ms(point.steps_ms)
    return point.steps_ms.get(name)


def exponents(points):
    """[(smaller, larger, {metric: exponent or None})] between consecutive sizes, by table count."""
    ordered = sorted(points, key=lambda p: p.n)
    names = exponent_metrics(ordered)
    return [(a, b, {name: growth_exponent(metric(a, name), metric(b, name), a.tables, b.tables) for name in names})
            for a, b in zip(ordered, ordered[1:])]


@dataclass(frozen=True)
class Verdict:
    target: str
    measured: str
    ok: bool = None  # None: not measured in this run


def at_size(points, n):
    return next((p for p in points if p.n == n), None)


def wall_verdict(points, n, limit):
    p = at_size(points, n)
    target = f"{n} entities: median wall ≤ {limit:g} s"
    if p is None or p.wall_s is None:
        return Verdict(target, "not measured")
    return Verdict(target, f"{p.wall_s:.2f} s", p.wall_s <= limit)


def boot_verdict(points):
    n, limit = BOOT_LIMIT
    p = at_size(points, n)
    target = f"{n} entities: median wall ≤ {limit:g} × Hibernate metadata boot alone (whole process)"
    r = ratio(p.wall_s, p.boot_wall_s) if p else None
    if r is None:
        return Verdict(target, "not measured")
    return Verdict(target, f"{p.wall_s:.2f} s / {p.boot_wall_s:.2f} s = {r:.2f}×", r <= limit)


def rss_verdict(points):
    n, limit = RSS_LIMIT_MB
    p = at_size(points, n)
    target = f"{n} entities: peak RSS ≤ {limit} MB"
    if p is None or p.rss_mb is None:
        return Verdict(target, "not measured")
    return Verdict(target, f"{p.rss_mb:.0f} MB", p.rss_mb <= limit)


def every_size_verdict(points, target, value, limit, fmt):
    """A target that must hold at every size measured: value(point) <= limit."""
    measured = [(p.n, value(p)) for p in points if value(p) is not None]
    if not measured:
        return Verdict(target, "not measured")
    return Verdict(target, ", ".join(f"{n}: {fmt(v)}" for n, v in measured), all(v <= limit for _, v in measured))


def verdicts(points):
    return [wall_verdict(points, n, limit) for n, limit in WALL_LIMIT_S.items()] + [
        boot_verdict(points),
        rss_verdict(points),
        every_size_verdict(points, f"reflect-database on a fresh database (no ANALYZE) ≤ {FRESH_LIMIT:g} × analyzed",
                           Point.fresh_ratio, FRESH_LIMIT, lambda v: f"{v:.2f}×"),
        every_size_verdict(points, f"{TAIL} ≤ {TAIL_SHARE_LIMIT:.0%} of the wall time at every size",
                           Point.tail_share, TAIL_SHARE_LIMIT, lambda v: f"{v:.1%}"),
    ]


def mark(ok):
    return {True: "✓", False: "✗", None: "—"}[ok]
