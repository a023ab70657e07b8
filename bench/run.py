#!/usr/bin/env python3
"""Benchmark harness for `retort check` on synthetic JPA models of 50, 500 and 2000 entities, side by side with
Hibernate's own SchemaMigrator (script mode) and Hibernate's metadata boot alone.

  python3 bench/run.py                          # sizes 50, 500, 2000; 3 runs each; databases dropped afterwards
  python3 bench/run.py --sizes 50,500 --runs 5  # other sizes / more runs
  python3 bench/run.py --keep                   # keep the retort_bench_<N> databases for a look with psql
  python3 bench/run.py --db-prefix mine_        # databases mine_<N>, apart from other checkouts' runs
  python3 bench/run.py --oracle                 # also prove drift.tsv right with a catalog diff (bench/oracle.py)
  python3 bench/run.py --embedded               # no server: older.sql as a 20-revision history, replayed by check
  python3 bench/run.py --history                # a server with that history applied (retort upgrade): check replays
                                                # it (embedded, then a scratch database), beside the plain check
  python3 bench/run.py --quiet-load 2           # before each size's timed checks, wait (up to --quiet-wait minutes)
                                                # for the 1-minute load average to fall below 2
  python3 bench/match.py CHECK_JSON bench/out/wl<N>   # match one saved check answer again

For each size N it
  1. generates the workload (workload.py entities N) into bench/out/wl<N>, unless that directory was generated with
     the same seed and workload.py already, and builds the entity jar (mvn -B -q -o package, online if offline fails);
  2. with bench/HibernateDdl.java (compiled once into bench/out/classes; Hibernate 7.4.13 from cli/target/lib; the
     JVM options of ./retort) writes Hibernate's create DDL to bench/out/wl<N>/create.sql --runs times, then times
     Hibernate's metadata boot alone --runs times as a whole process (and its in-process boot time);
  3. writes older.sql and drift.tsv (workload.py older), recreates database <prefix><N> on 127.0.0.1:5432 (user
     postgres) and loads older.sql, counting every statement PostgreSQL rejects;
  4. if cli/target/retort.jar answers --version, writes bench/out/project<N>/retort.properties and times
     `./retort -p bench/out/project<N> check --format json --verbose` from the repository root: first --fresh-runs
     times on the database as loaded (never analyzed), then ANALYZE, then --runs times: wall time, peak RSS (GNU
     time %M, else getrusage in a wrapper process) and the `retort: step <name> <ms> ms` lines of stderr;
     jvm-start is the wall time of `./retort --version`. Exit code 1 (drift) is expected;
  5. matches the reported differences against drift.tsv (bench/match.py): found / missed / extra;
  6. times Hibernate's SchemaMigrator against the same database, SCRIPT target only, --runs times; the catalog must
     be the same afterwards; the statements it wrote are counted by kind (bench/out/migrate<N>.sql);
  7. prints the summary and the verdicts on the targets, and writes everything to bench/out/results.md: step
     breakdown, fresh vs analyzed reflection, the share of compare+plan+render, growth exponents between sizes.

--history replaces steps 4 to 6: database <prefix><N> holds older.sql as loaded (the plain check: no revision
applied, compared without a history), database <prefix><N>_history is built by `retort upgrade` of older.sql as 20
revision files (the version table records them), and `check` against it replays them: into the embedded
PostgreSQL (history.database=embedded) and into a scratch database on the same local server (history.database=
jdbc:postgresql://127.0.0.1:5432/postgres). After a warm-up of each, the three checks run in turns, --runs rounds,
so that the machine's load falls alike on all three; every answer must match drift.tsv. Report: results-history.md.
Every answer and stderr is kept in bench/out/check<N>[-fresh<k>]-run<k>.{json,log}. Python 3 standard library only.
"""
import argparse
import hashlib
import json
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import analysis
import match
import report
from analysis import Runs

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
LIB = ROOT / "cli" / "target" / "lib"
RETORT_JAR = ROOT / "cli" / "target" / "retort.jar"
PACKAGE = "perf.model"
PSQL = ["psql", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-X", "-q"]
JDBC = "jdbc:postgresql://127.0.0.1:5432/"
CLASSES = BENCH / "out" / "classes"  # HibernateDdl.java compiled once, so that no timed process compiles it
# the JVM options of ./retort: Hibernate's processes get the same, so that the ratios compare like with like
RETORT_JVM_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# the catalogs whose statistics decide how fast reflection is on a database that was never analyzed
CATALOGS = ("pg_attribute", "pg_class", "pg_constraint")
# --history: where `check` replays the history, as history.database says it (None: the plain check, no history)
HISTORY_VARIANTS = {"embedded": "embedded", "scratch": JDBC + "postgres"}
HISTORY_REVISIONS = 20
RSS_WRAPPER = ("import resource, subprocess, sys\n"
               "rc = subprocess.run(sys.argv[2:]).returncode\n"
               "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
               "sys.exit(rc)\n")


class BenchError(Exception):
    """A step that cannot go on; the message is one line saying what failed and what to do."""


@dataclass
class Size:
    """Everything measured for one workload size."""
    n: int
    workdir: Path
    timings: dict = field(default_factory=dict)  # step -> seconds (or text)
    notes: list = field(default_factory=list)
    db: str = None
    tables: int = 0
    ddl: Runs = field(default_factory=Runs)  # HibernateDdl ddl: create.sql, boot_ms and ddl_ms
    boot: Runs = field(default_factory=Runs)  # HibernateDdl boot: the metadata boot alone, whole process
    migrator: Runs = field(default_factory=Runs)  # HibernateDdl migrate: SchemaMigrator, script only
    migrator_kinds: Counter = None  # kind of statement -> how many the migrator wrote
    migrator_untouched: bool = None  # the catalog is the same after the migrator runs as before
    load_errors: list = field(default_factory=list)
    catalogs: list = field(default_factory=list)  # analysis.CatalogStat rows before each fresh check
    fresh: Runs = field(default_factory=Runs)  # check on the database as loaded, never analyzed
    check: Runs = field(default_factory=Runs)  # the timed checks (on the analyzed database when live)
    result: object = None  # match.MatchResult of retort's answer
    history: dict = field(default_factory=dict)  # --history: variant -> Runs of check with the history replayed
    history_result: dict = field(default_factory=dict)  # --history: variant -> match.MatchResult
    uptimes: list = field(default_factory=list)  # (when, `uptime`'s line) noted during this size
    oracle: object = None  # match.MatchResult of the catalog oracle's answer (--oracle)
    listed: int = 0
    error: str = None


def run(cmd, cwd=ROOT, check=True, **kw):
    """Runs cmd, returns (seconds, CompletedProcess); raises BenchError with stderr's tail when check fails."""
    start = time.perf_counter()
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, **kw)
    seconds = time.perf_counter() - start
    if check and proc.returncode != 0:
        tail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()[-5:]
        raise BenchError(f"`{' '.join(map(str, cmd))}` exited {proc.returncode}: " + " | ".join(tail))
    return seconds, proc


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def mvn_package(cwd, extra=()):
    """mvn package offline, then online if offline fails (a plugin may not be in ~/.m2 yet). Returns (s, mode)."""
    seconds, proc = run(["mvn", "-B", "-q", "-o", *extra, "package"], cwd=cwd, check=False)
    if proc.returncode == 0:
        return seconds, "offline"
    log(f"  offline build in {cwd} failed, trying online: {proc.stdout.strip().splitlines()[-1:]}")
    seconds, _ = run(["mvn", "-B", "-q", *extra, "package"], cwd=cwd)
    return seconds, "online"


def ensure_retort_lib():
    if not list(LIB.glob("hibernate-core-7.4.13*.jar")):
        log("cli/target/lib has no hibernate-core 7.4.13: building retort (mvn -B -q -o -DskipTests package)")
        mvn_package(ROOT, ["-DskipTests"])
    if not list(LIB.glob("hibernate-core-7.4.13*.jar")):
        raise BenchError("cli/target/lib still has no hibernate-core-7.4.13*.jar after the build; check cli/pom.xml")


def generate(s, args, workload_py):
    """Step 1: the entity sources and jar, reused when the stamp (N, seed, workload.py hash) matches."""
    stamp = {"n": s.n, "seed": args.seed, "workload_sha256": hashlib.sha256(workload_py.read_bytes()).hexdigest()}
    stamp_file = s.workdir / ".bench-stamp.json"
    fresh = not (stamp_file.exists() and json.loads(stamp_file.read_text()) == stamp)
    if fresh:
        if s.workdir.exists():
            shutil.rmtree(s.workdir)
        seconds, _ = run([sys.executable, workload_py, "entities", s.n, s.workdir, "--seed", args.seed])
        s.timings["generate"] = seconds
        stamp_file.write_text(json.dumps(stamp))
    else:
        s.timings["generate"] = "reused"
    jars = sorted((s.workdir / "target").glob("perf-entities-*.jar"))
    if fresh or not jars:
        seconds, mode = mvn_package(s.workdir)
        s.timings["jar build"] = seconds
        if mode == "online":
            s.notes.append("entity jar built online (offline mode failed)")
        jars = sorted((s.workdir / "target").glob("perf-entities-*.jar"))
    else:
        s.timings["jar build"] = "reused"
    if not jars:
        raise BenchError(f"no perf-entities-*.jar in {s.workdir}/target after mvn package; run it there by hand")
    return jars[0]


def compile_helper():
    """javac bench/HibernateDdl.java into bench/out/classes: a timed Hibernate process must not compile its source."""
    CLASSES.mkdir(parents=True, exist_ok=True)
    run(["javac", "-nowarn", "-cp", f"{LIB}/*", "-d", CLASSES, BENCH / "HibernateDdl.java"])


def measure(cmd, timeout=3600):
    """Runs cmd under the peak-RSS wrapper; returns (seconds, CompletedProcess, peak RSS KB). Does not check."""
    wrapped, rss_file, _ = measured(cmd)
    seconds, proc = run(wrapped, check=False, timeout=timeout)
    return seconds, proc, int(rss_file.read_text().split()[-1])


def hibernate(s, jvm_opts, into, mode, *params):
    """One timed `HibernateDdl <mode> <params>` process, added to `into` with the values of its HIBERNATE line."""
    cmd = ["java", *shlex.split(jvm_opts), "-cp", f"{CLASSES}{os.pathsep}{LIB}/*", "HibernateDdl", mode, *params]
    seconds, proc, rss_kb = measure(cmd)
    marker = analysis.parse_marker(proc.stdout)
    if proc.returncode != 0 or marker is None:
        tail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()[-3:]
        raise BenchError(f"HibernateDdl {mode} exited {proc.returncode} for N={s.n} without its HIBERNATE line: "
                         + " | ".join(tail))
    into.add(seconds, rss_kb, marker=marker)


def repeated(s, args, into, mode, out, *params):
    """`HibernateDdl <mode>` --runs times, writing `out`, which must be the same every time; returns its text."""
    previous = None
    for k in range(args.runs):
        hibernate(s, args.hibernate_jvm_opts, into, mode, *params, out)
        text = out.read_text()
        if previous is not None and text != previous:
            s.notes.append(f"HibernateDdl {mode} wrote other statements in run {k + 1} than in run {k}")
        previous = text
    return previous


def hibernate_ddl(s, jar, args):
    """Step 2: Hibernate's create DDL (and its boot time) --runs times, then the boot alone --runs times."""
    out = s.workdir / "create.sql"
    text = repeated(s, args, s.ddl, "ddl", out, jar, PACKAGE)
    s.timings["Hibernate DDL process"] = s.ddl.wall()
    s.tables = sum(1 for line in text.splitlines() if line.startswith("create table "))
    for _ in range(args.runs):
        hibernate(s, args.hibernate_jvm_opts, s.boot, "boot", jar, PACKAGE)
    return out


def write_older(s, args, workload_py, ddl):
    """Step 3a: older.sql (the drifted schema) and drift.tsv (the differences it has from the entities)."""
    seconds, proc = run([sys.executable, workload_py, "older", ddl, s.workdir / "older.sql", s.workdir / "drift.tsv",
                         "--seed", args.seed])
    s.timings["older.sql"] = seconds
    s.notes.append(proc.stdout.strip())


def load_database(s):
    """Step 3b: a new database s.db with older.sql loaded (again, for a second fresh check); never analyzed."""
    db = s.db
    run(PSQL + ["-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", f"drop database if exists {db} with (force)",
                "-c", f"create database {db}"])
    # statement by statement, so that every statement PostgreSQL rejects is listed and the rest still loads
    # (one transaction runs out of lock slots at N=2000: max_locks_per_transaction); no wait for each commit's flush
    env = dict(os.environ, PGOPTIONS="-c synchronous_commit=off")
    seconds, proc = run(PSQL + ["-d", db, "-v", "ON_ERROR_STOP=0", "-f", s.workdir / "older.sql"], check=False, env=env)
    s.timings.setdefault("DB load", seconds)
    s.load_errors = [line for line in proc.stderr.splitlines() if "ERROR:" in line]
    _, proc = run(PSQL + ["-d", db, "-tA", "-c", "select count(*) from pg_tables where schemaname = 'public'"])
    missing = sum(1 for row in match.read_drift(s.workdir / "drift.tsv") if row.kind == "missing_table")
    in_db = int(proc.stdout.strip())
    if in_db != s.tables - missing:
        s.notes.append(f"database has {in_db} tables, expected {s.tables - missing} ({s.tables} minus {missing} missing)")


def psql_rows(db, sql):
    """The rows of one query, fields split on '|'."""
    _, proc = run(PSQL + ["-d", db, "-tA", "-F", "|", "-c", sql])
    return [line.split("|") for line in proc.stdout.splitlines() if line]


def catalog_stats(db):
    """When the catalogs that reflection reads were last analyzed, and their rows: the planner's belief, the truth."""
    counts = " ".join(f"when '{c}' then (select count(*) from {c})" for c in CATALOGS)
    names = ", ".join(f"'{c}'" for c in CATALOGS)
    return analysis.catalog_stats(psql_rows(db, (
        "select s.relname, coalesce(s.last_autoanalyze::text, ''), coalesce(s.last_analyze::text, ''), "
        f"c.reltuples::bigint, case s.relname {counts} end from pg_stat_all_tables s "
        f"join pg_class c on c.oid = s.relid where s.schemaname = 'pg_catalog' and s.relname in ({names}) order by 1")))


def catalog_signature(db):
    """Counts of the catalog rows a migration would change, and a hash of every column: equal means untouched."""
    return psql_rows(db, (
        "select (select count(*) from pg_class), (select count(*) from pg_attribute where attnum > 0), "
        "(select count(*) from pg_constraint), (select count(*) from pg_index), (select count(*) from pg_description), "
        "(select count(*) from pg_attrdef), (select md5(string_agg(format('%s.%s %s %s %s', c.relname, a.attname, "
        "a.atttypid, a.atttypmod, a.attnotnull), ',' order by c.relname, a.attnum)) from pg_attribute a "
        "join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace "
        "where n.nspname = 'public' and a.attnum > 0 and not a.attisdropped)"))[0]


def migrator_runs(s, jar, args):
    """Step 6: Hibernate's SchemaMigrator on the same model and database, script only, --runs times."""
    out = BENCH / "out" / f"migrate{s.n}.sql"
    before = catalog_signature(s.db)
    text = repeated(s, args, s.migrator, "migrate", out, jar, PACKAGE, JDBC + s.db, "postgres")
    after = catalog_signature(s.db)
    s.migrator_kinds = analysis.count_kinds(text.splitlines())
    s.migrator_untouched = before == after
    if not s.migrator_untouched:
        s.notes.append(f"**the migrator changed the database**: catalog {before} before, {after} after")


def oracle_check(s, db_prefix):
    """--oracle: a perfect answer from the catalog (bench/oracle.py) must match drift.tsv exactly."""
    answer = BENCH / "out" / f"oracle{s.n}.json"
    seconds, proc = run([sys.executable, BENCH / "oracle.py", s.workdir, f"{db_prefix}oracle_"])
    answer.write_text(proc.stdout)
    s.timings["oracle"] = seconds
    s.oracle = match.match(match.read_drift(s.workdir / "drift.tsv"), match.read_differences(str(answer)),
                           match.Ddl.read(s.workdir / "create.sql"))


def retort_launcher(explicit):
    """The command that runs retort, or (None, why not). Step 4 runs only when retort.jar answers --version."""
    if explicit:
        return shlex.split(explicit), None
    if not RETORT_JAR.exists():
        return None, "cli/target/retort.jar does not exist (build: mvn -B -q -o -DskipTests package)"
    _, proc = run(["java", "-jar", RETORT_JAR, "--version"], check=False)
    if proc.returncode != 0:
        first = (proc.stderr.strip() or proc.stdout.strip()).splitlines()[:1]
        return None, f"`java -jar cli/target/retort.jar --version` exits {proc.returncode}: {' '.join(first)}"
    script = ROOT / "retort"
    if script.exists() and os.access(script, os.X_OK):
        return ["./retort"], None
    return ["java", "-jar", str(RETORT_JAR)], None


def write_project(s, jar):
    project = BENCH / "out" / f"project{s.n}"
    (project / "migrations" / "versions").mkdir(parents=True, exist_ok=True)
    (project / "retort.properties").write_text(
        f"database.url={JDBC}{s.db}\n"
        "database.user=postgres\n"
        f"entities.classpath={jar.resolve()}\n"
        f"entities.packages={PACKAGE}\n"
        "script.location=migrations\n")
    return project


def write_embedded_project(s, jar, revisions):
    """--embedded: no database; older.sql becomes a history of `revisions` revisions (its statements in order)."""
    project = BENCH / "out" / f"project{s.n}-embedded"
    if project.exists():
        shutil.rmtree(project)
    versions = project / "migrations" / "versions"
    versions.mkdir(parents=True)
    (project / "retort.properties").write_text(
        f"entities.classpath={jar.resolve()}\n"
        f"entities.packages={PACKAGE}\n"
        "script.location=migrations\n")
    write_revisions(s, versions, revisions)
    return project


def write_history_project(s, jar, variant, revisions):
    """--history: database <db>_history, whose history (older.sql as `revisions` revisions) `retort upgrade` applies
    and `check` replays where history.database says (HISTORY_VARIANTS[variant])."""
    project = BENCH / "out" / f"project{s.n}-history-{variant}"
    if project.exists():
        shutil.rmtree(project)
    versions = project / "migrations" / "versions"
    versions.mkdir(parents=True)
    (project / "retort.properties").write_text(
        f"database.url={JDBC}{history_db(s)}\n"
        "database.user=postgres\n"
        f"entities.classpath={jar.resolve()}\n"
        f"entities.packages={PACKAGE}\n"
        "script.location=migrations\n"
        f"history.database={HISTORY_VARIANTS[variant]}\n")
    write_revisions(s, versions, revisions)
    return project


def history_db(s):
    return f"{s.db}_history"


def write_revisions(s, versions, revisions):
    """older.sql, its statements in order, as a chain of `revisions` revision files bench01..bench<revisions>."""
    statements = [line for line in (s.workdir / "older.sql").read_text().splitlines()
                  if line.strip() and not line.startswith("--")]
    per = -(-len(statements) // revisions)
    parent = ""
    for k in range(revisions):
        chunk = statements[k * per:(k + 1) * per]
        rid = f"bench{k + 1:02d}"
        (versions / f"{rid}_older_part_{k + 1}.sql").write_text(
            f"-- retort:revision {rid}\n-- retort:parents {parent}\n-- retort:message older.sql part {k + 1}\n"
            "-- retort:created 2026-01-01T00:00:00Z\n\n-- retort:upgrade\n" + "\n".join(chunk)
            + "\n\n-- retort:downgrade\n")
        parent = rid
    s.timings["history"] = f"{revisions} revisions, {len(statements)} statements"


def measured(cmd):
    """The command wrapped to report its peak RSS in KB into a file, and how that is measured."""
    rss_file = BENCH / "out" / ".rss"
    if Path("/usr/bin/time").exists():
        return ["/usr/bin/time", "-f", "%M", "-o", rss_file, *cmd], rss_file, "GNU time %M"
    return [sys.executable, "-c", RSS_WRAPPER, rss_file, *cmd], rss_file, "getrusage(RUSAGE_CHILDREN) in a wrapper"


def check_runs(s, launcher, project, runs, label, into, answers, first=1):
    """Step 4: `check --format json --verbose` `runs` times into `into` (numbered from `first`); every answer is
    appended to `answers`. Each run also records the 1-minute load average before it and the CPU the machine and
    the check's own processes used during it (cores), in `into.marker`."""
    for k in range(first, first + runs):
        load1 = analysis.load_average(Path("/proc/loadavg").read_text()) if Path("/proc/loadavg").exists() else None
        before = cpu_sample()
        seconds, proc, rss_kb = measure(launcher + ["-p", project.relative_to(ROOT), "check", "--format", "json",
                                                    "--verbose"])
        cpu = analysis.cpu_cores(before, cpu_sample(), seconds)
        out = BENCH / "out" / f"check{s.n}{label}-run{k}"
        out.with_suffix(".json").write_text(proc.stdout)
        out.with_suffix(".log").write_text(proc.stderr)
        if proc.returncode not in (0, 1):
            raise BenchError(f"retort check exited {proc.returncode} for N={s.n}; see {out}.log")
        into.add(seconds, rss_kb, steps=analysis.parse_steps(proc.stderr),
                 marker={"load1": load1, **(cpu or {})})
        try:
            answer = json.loads(proc.stdout)
        except json.JSONDecodeError as e:
            raise BenchError(f"retort check printed no JSON object for N={s.n} ({e}); see {out}.json")
        expected_rc = 1 if answer.get("differences") else 0
        if proc.returncode != expected_rc or answer.get("status") != ("drift" if expected_rc else "ok"):
            s.notes.append(f"check{label} run {k}: exit code {proc.returncode} and status {answer.get('status')!r} "
                           f"do not agree with {len(answer.get('differences') or [])} differences")
        if answers and answer.get("differences") != answers[-1].get("differences"):
            s.notes.append(f"check{label} run {k} reported other differences than the check before it "
                           "(not deterministic)")
        answers.append(answer)
    return answers[-1]


def warm_up(s, launcher, project, label=""):
    """One untimed check first: the launcher's first check archives the classes it loads (class-data sharing) and
    takes about a second longer; what users wait for on every later run is the run after that."""
    check_runs(s, launcher, project, 1, f"{label}-warmup", Runs(), [])


def cpu_sample():
    """(seconds of CPU the whole machine has been busy, seconds of CPU of this process's waited-for children)."""
    rusage = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = rusage.ru_utime + rusage.ru_stime
    try:
        busy = analysis.busy_seconds(Path("/proc/stat").read_text(), os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError):
        busy = None
    return busy, children


def uptime():
    """`uptime`'s line (the load averages), or /proc/loadavg's when there is no uptime."""
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "load average: " + Path("/proc/loadavg").read_text().strip()


def note_uptime(s, when):
    line = uptime()
    s.uptimes.append((when, line))
    log(f"  uptime {when}: {line}")


def wait_for_quiet(s, args):
    """--quiet-load: waits until the 1-minute load average is below the limit, --quiet-wait minutes at most; notes
    how long it waited and whether the machine became quiet."""
    if not args.quiet_load:
        return
    start, deadline = time.monotonic(), time.monotonic() + args.quiet_wait * 60
    while True:
        load1 = analysis.load_average(Path("/proc/loadavg").read_text())
        if load1 < args.quiet_load or time.monotonic() >= deadline:
            break
        log(f"  load {load1:.2f} >= {args.quiet_load:g}: waiting ({(time.monotonic() - start) / 60:.1f} min so far)")
        time.sleep(30)
    waited = time.monotonic() - start
    quiet = load1 < args.quiet_load
    s.notes.append(f"waited {waited / 60:.1f} min for a 1-minute load below {args.quiet_load:g}: "
                   + (f"{load1:.2f} when the timed checks began" if quiet
                      else f"**still {load1:.2f} after {args.quiet_wait:g} min: measured under load**"))


def live_checks(s, launcher, project, args):
    """Step 4 on a server: --fresh-runs checks of the database as loaded (reloaded before each but the first),
    then ANALYZE, then the --runs timed checks. Returns the last answer."""
    warm_up(s, launcher, project)
    answers = []
    for k in range(1, args.fresh_runs + 1):
        if k > 1:
            load_database(s)
        s.catalogs.append(catalog_stats(s.db))
        log(f"  catalogs before fresh check {k}: {analysis.catalog_note(s.catalogs[-1])}")
        check_runs(s, launcher, project, 1, f"-fresh{k}", s.fresh, answers)
    s.timings["ANALYZE"], _ = run(PSQL + ["-d", s.db, "-c", "analyze"])
    wait_for_quiet(s, args)
    note_uptime(s, "before the timed checks")
    answer = check_runs(s, launcher, project, args.runs, "", s.check, answers)
    note_uptime(s, "after the timed checks")
    return answer


def build_history_database(s, launcher, project):
    """--history: database <db>_history created empty and brought to the head by `retort upgrade` (timed), then
    ANALYZE, like the plain database before its timed checks."""
    db = history_db(s)
    run(PSQL + ["-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", f"drop database if exists {db} with (force)",
                "-c", f"create database {db}"])
    seconds, proc = run(launcher + ["-p", project.relative_to(ROOT), "upgrade"], check=False)
    (BENCH / "out" / f"upgrade{s.n}.log").write_text(proc.stderr)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-3:]
        raise BenchError(f"retort upgrade into {db} exited {proc.returncode} for N={s.n}: " + " | ".join(tail))
    s.timings["retort upgrade (history)"] = seconds
    _, proc = run(PSQL + ["-d", db, "-tA", "-c", "select count(*) from pg_tables where schemaname = 'public'"])
    missing = sum(1 for row in match.read_drift(s.workdir / "drift.tsv") if row.kind == "missing_table")
    in_db = int(proc.stdout.strip()) - 1  # the version table
    if in_db != s.tables - missing:
        s.notes.append(f"database {db} has {in_db} tables besides the version table, expected {s.tables - missing}")
    s.timings["ANALYZE (history)"], _ = run(PSQL + ["-d", db, "-c", "analyze"])


def history_checks(s, launcher, jar, args):
    """--history: the plain check (database <db> as loaded, no revision applied) and the check of <db>_history with
    its 20 revisions replayed, once per HISTORY_VARIANTS; a warm-up of each, then --runs rounds taking turns."""
    load_database(s)
    s.timings["ANALYZE"], _ = run(PSQL + ["-d", s.db, "-c", "analyze"])
    checks = [("", write_project(s, jar), s.check)]
    for variant in HISTORY_VARIANTS:
        s.history[variant] = Runs()
        checks.append((f"-history-{variant}", write_history_project(s, jar, variant, HISTORY_REVISIONS),
                       s.history[variant]))
    build_history_database(s, launcher, checks[1][1])
    for label, project, _ in checks:
        warm_up(s, launcher, project, label)
    wait_for_quiet(s, args)
    note_uptime(s, "before the timed checks")
    answers = {label: [] for label, _, _ in checks}
    for k in range(1, args.runs + 1):
        for label, project, into in checks:
            check_runs(s, launcher, project, 1, label, into, answers[label], first=k)
    note_uptime(s, "after the timed checks")
    ddl = match.Ddl.read(s.workdir / "create.sql")
    rows = match.read_drift(s.workdir / "drift.tsv")
    s.result = match.match(rows, match.read_differences(answers[""][-1]), ddl)
    for variant in HISTORY_VARIANTS:
        answer = answers[f"-history-{variant}"][-1]
        if answer.get("history") != "replayed":
            s.notes.append(f"**check with history.database={variant} says history {answer.get('history')!r}, "
                           f"not 'replayed'**: {answer.get('warnings')}")
        s.history_result[variant] = match.match(rows, match.read_differences(answer), ddl)
    for name, result in [("plain", s.result)] + list(s.history_result.items()):
        for line in match.report_lines(result):
            log(f"  {name}: {line}")


def jvm_start(launcher, runs):
    walls = [run(launcher + ["--version"])[0] * 1000 for _ in range(runs)]
    return statistics.median(walls)


def find_workload(explicit):
    candidates = [explicit] if explicit else [BENCH / "workload.py", ROOT / "gen" / "workload.py",
                                               Path("/work/shared/workload/workload.py")]
    for c in candidates:
        if c and Path(c).exists():
            return Path(c).resolve()
    raise BenchError("workload.py not found; pass --workload PATH")


def parse_sizes(values):
    return [int(x) for v in values for x in str(v).split(",") if x.strip()]


def measure_size(s, args, workload_py, launcher):
    """Steps 1 to 6 for one size; a BenchError ends this size only."""
    log(f"[N={s.n}] generate + build")
    jar = generate(s, args, workload_py)
    log(f"[N={s.n}] Hibernate DDL x{args.runs}, Hibernate boot alone x{args.runs}")
    ddl = hibernate_ddl(s, jar, args)
    write_older(s, args, workload_py, ddl)
    if args.history:
        if not launcher:
            raise BenchError("--history needs a runnable retort")
        log(f"[N={s.n}] plain check of {s.db} (older.sql loaded) and check of {history_db(s)} (retort upgrade of "
            f"{HISTORY_REVISIONS} revisions) with the history replayed: "
            + ", ".join(HISTORY_VARIANTS) + f"; warm-up each, then {args.runs} rounds")
        s.listed = len(match.read_drift(s.workdir / "drift.tsv"))
        history_checks(s, launcher, jar, args)
        return
    if not args.embedded:
        log(f"[N={s.n}] DB load into {s.db}")
        load_database(s)
    if args.oracle:
        log(f"[N={s.n}] oracle self-check of the workload")
        oracle_check(s, args.db_prefix)
        log(f"  oracle: {match.report_lines(s.oracle)[0]}")
    rows = match.read_drift(s.workdir / "drift.tsv")
    s.listed = len(rows)
    if launcher:
        if args.embedded:
            log(f"[N={s.n}] retort check x{args.runs} (embedded: older.sql as the revision history)")
            project = write_embedded_project(s, jar, 20)
            warm_up(s, launcher, project)
            wait_for_quiet(s, args)
            note_uptime(s, "before the timed checks")
            answer = check_runs(s, launcher, project, args.runs, "-embedded", s.check, [])
            note_uptime(s, "after the timed checks")
        else:
            log(f"[N={s.n}] retort check: fresh x{args.fresh_runs}, ANALYZE, analyzed x{args.runs}")
            answer = live_checks(s, launcher, write_project(s, jar), args)
        s.result = match.match(rows, match.read_differences(answer), match.Ddl.read(ddl))
        for line in match.report_lines(s.result):
            log(f"  {line}")
    if not args.embedded:
        log(f"[N={s.n}] Hibernate SchemaMigrator (script only) x{args.runs}")
        migrator_runs(s, jar, args)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", nargs="+", default=["50,500,2000"], help="entity counts, e.g. 50,500,2000 or 50 500")
    p.add_argument("--runs", type=int, default=3, help="timed runs of each measured command (default 3)")
    p.add_argument("--fresh-runs", type=int, default=1,
                   help="checks of the database as loaded, before ANALYZE; each after the first reloads it (default 1)")
    p.add_argument("--keep", action="store_true", help="keep the databases")
    p.add_argument("--db-prefix", default="retort_bench_",
                   help="database name prefix: the database of size N is <prefix><N> (default retort_bench_)")
    p.add_argument("--hibernate-jvm-opts", default=RETORT_JVM_OPTS,
                   help=f"JVM options of the Hibernate processes (default ./retort's: {RETORT_JVM_OPTS})")
    p.add_argument("--seed", default="42", help="workload seed (default 42)")
    p.add_argument("--workload", help="path of workload.py (default: bench/, gen/ or /work/shared/workload/)")
    p.add_argument("--oracle", action="store_true",
                   help="also check the workload: a catalog diff (bench/oracle.py) must match drift.tsv exactly")
    p.add_argument("--embedded", action="store_true",
                   help="no database server: the drifted schema (older.sql) becomes a 20-revision history that "
                        "`retort check` replays into its embedded PostgreSQL; writes results-embedded.md")
    p.add_argument("--history", action="store_true",
                   help="a server whose database has the 20-revision history applied (retort upgrade): check "
                        "replays it into the embedded PostgreSQL and into a scratch database on the local server, "
                        "beside the plain check of the database as loaded; writes results-history.md")
    p.add_argument("--quiet-load", type=float, default=None,
                   help="before each size's timed checks, wait until the 1-minute load average is below this")
    p.add_argument("--quiet-wait", type=float, default=20,
                   help="minutes --quiet-load waits at most before measuring anyway (default 20)")
    p.add_argument("--retort-cmd", help="command that runs retort instead of ./retort (no retort.jar check), "
                                        "e.g. '/work/other/retort' or 'python3 bench/testdata/fake_retort.py'")
    args = p.parse_args()
    if args.runs < 1 or args.fresh_runs < 1:
        raise BenchError("--runs and --fresh-runs must be at least 1")
    if args.history and args.embedded:
        raise BenchError("--history and --embedded are two modes: run one at a time")
    sizes = parse_sizes(args.sizes)
    (BENCH / "out").mkdir(exist_ok=True)

    workload_py = find_workload(args.workload)
    ensure_retort_lib()
    compile_helper()
    launcher, why_not = retort_launcher(args.retort_cmd)
    rss_method = measured(["true"])[2]
    if launcher is None:
        log(f"retort is not runnable, step 4 (check) is skipped: {why_not}")
    jvm_ms = jvm_start(launcher, args.runs) if launcher else None

    started_uptime = uptime()
    log(f"uptime: {started_uptime}")
    results = []
    try:
        for n in sizes:
            s = Size(n, BENCH / "out" / f"wl{n}", db=f"{args.db_prefix}{n}")
            results.append(s)
            try:
                measure_size(s, args, workload_py, launcher)
            except (BenchError, subprocess.TimeoutExpired) as e:
                s.error = str(e)
                log(f"[N={n}] FAILED: {e}")
            log(f"[N={n}] " + ", ".join(f"{k} {report.seconds(v)}" for k, v in s.timings.items()))
    finally:
        if not args.keep and not args.embedded:
            for s in results:
                for db in [s.db] + ([history_db(s)] if args.history else []):
                    run(PSQL + ["-d", "postgres", "-c", f"drop database if exists {db} with (force)"], check=False)

    server = None if args.embedded else PSQL + ["-d", "postgres", "-tAc"]
    context = report.Context(runs=args.runs, seed=args.seed, rss_method=rss_method, jvm_ms=jvm_ms,
                             launcher=" ".join(launcher) if launcher else None, why_not=why_not,
                             java=report.first_line(["java", "-version"]),
                             postgres=report.first_line(server + ["show server_version"]) if server
                             else "embedded (retort's bundled binaries)",
                             autovacuum=report.first_line(server + ["show autovacuum"]) if server else None,
                             hibernate_jvm_opts=args.hibernate_jvm_opts, fresh_runs=args.fresh_runs,
                             uptime=started_uptime, cores=os.cpu_count())
    if args.history:
        print(report.history_summary_table(results) + "\n\n" + report.history_verdicts_table(results))
        written = BENCH / "out" / "results-history.md"
        written.write_text(report.history_document(results, context))
    else:
        print(report.summary_table(results) + "\n\n" + report.verdicts_table(results))
        written = BENCH / "out" / ("results-embedded.md" if args.embedded else "results.md")
        written.write_text(report.document(results, context))
    log(f"written {written}")
    bad = lambda r: r is not None and (r.missed or r.extra)
    untouched = lambda s: s.migrator_untouched is not False
    return 1 if any(s.error or bad(s.result) or bad(s.oracle) or not untouched(s)
                    or any(bad(r) for r in s.history_result.values()) for s in results) else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as e:
        print(f"bench: {e}", file=sys.stderr)
        sys.exit(2)
