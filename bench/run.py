#!/usr/bin/env python3
"""Benchmark harness for `retort check` on synthetic JPA models of 50, 500 and 2000 entities.

  python3 bench/run.py                          # sizes 50, 500, 2000; 3 runs each; databases dropped afterwards
  python3 bench/run.py --sizes 50,500 --runs 5  # other sizes / more runs
  python3 bench/run.py --keep                   # keep the retort_bench_<N> databases for a look with psql
  python3 bench/run.py --oracle                 # also prove drift.tsv right with a catalog diff (bench/oracle.py)
  python3 bench/run.py --embedded               # no server: older.sql as a 20-revision history, replayed by check
  python3 bench/match.py CHECK_JSON bench/out/wl<N>   # match one saved check answer again

For each size N it
  1. generates the workload (workload.py entities N) into bench/out/wl<N>, unless that directory was generated with
     the same seed and workload.py already, and builds the entity jar (mvn -B -q -o package, online if offline fails);
  2. writes Hibernate's create DDL to bench/out/wl<N>/create.sql with bench/HibernateDdl.java (Hibernate 7.4.13 from
     cli/target/lib, no database), --runs times, and keeps the median metadata boot time: the "Hibernate boot" number;
  3. writes older.sql and drift.tsv (workload.py older), recreates database retort_bench_<N> on 127.0.0.1:5432 (user
     postgres) and loads older.sql, counting every statement PostgreSQL rejects;
  4. if cli/target/retort.jar answers --version, writes bench/out/project<N>/retort.properties and times
     `./retort -p bench/out/project<N> check --format json --verbose` --runs times from the repository root: wall
     time, peak RSS (GNU time %M, else getrusage in a wrapper process) and the `retort: step <name> <ms> ms` lines
     of stderr; jvm-start is the wall time of `./retort --version`. Exit code 1 (drift) is expected;
  5. matches the reported differences against drift.tsv (bench/match.py): found / missed / extra;
  6. prints a Markdown table and writes it, with the details, to bench/out/results.md.
Every answer and stderr is kept in bench/out/check<N>-run<k>.{json,log}. Python 3 standard library only.
"""
import argparse
import hashlib
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import match
import report

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
LIB = ROOT / "cli" / "target" / "lib"
RETORT_JAR = ROOT / "cli" / "target" / "retort.jar"
PACKAGE = "perf.model"
PSQL = ["psql", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-X", "-q"]
STEP_LINE = re.compile(r"^retort: step (\S+) (\d+(?:\.\d+)?) ms\s*$")
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
    tables: int = 0
    boot_ms: list = field(default_factory=list)
    ddl_ms: list = field(default_factory=list)
    load_errors: list = field(default_factory=list)
    walls: list = field(default_factory=list)  # seconds of each check run
    rss_kb: list = field(default_factory=list)
    steps: dict = field(default_factory=dict)  # step name -> [ms of each run]
    result: object = None  # match.MatchResult of retort's answer
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


def hibernate_ddl(s, jar, runs):
    """Step 2: Hibernate's create DDL (and its boot time) --runs times; the statements must not change."""
    out = s.workdir / "create.sql"
    previous, walls = None, []
    for k in range(runs):
        seconds, proc = run(["java", "-cp", f"{LIB}/*", BENCH / "HibernateDdl.java", jar, PACKAGE, out])
        m = re.search(r"HIBERNATE_DDL boot_ms=(\d+) ddl_ms=(\d+)", proc.stdout)
        if not m:
            raise BenchError(f"HibernateDdl.java printed no HIBERNATE_DDL line for N={s.n}: {proc.stdout[-200:]}")
        s.boot_ms.append(int(m.group(1)))
        s.ddl_ms.append(int(m.group(2)))
        walls.append(seconds)
        text = out.read_text()
        if previous is not None and text != previous:
            s.notes.append(f"Hibernate's create DDL differs between runs {k} and {k + 1}")
        previous = text
    s.timings["Hibernate DDL process"] = statistics.median(walls)
    s.tables = sum(1 for line in previous.splitlines() if line.startswith("create table "))
    return out


def write_older(s, args, workload_py, ddl):
    """Step 3a: older.sql (the drifted schema) and drift.tsv (the differences it has from the entities)."""
    seconds, proc = run([sys.executable, workload_py, "older", ddl, s.workdir / "older.sql", s.workdir / "drift.tsv",
                         "--seed", args.seed])
    s.timings["older.sql"] = seconds
    s.notes.append(proc.stdout.strip())


def load_database(s, args, workload_py, ddl):
    """Step 3: older.sql + drift.tsv, then a fresh database with older.sql loaded."""
    write_older(s, args, workload_py, ddl)
    db = f"retort_bench_{s.n}"
    run(PSQL + ["-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", f"drop database if exists {db} with (force)",
                "-c", f"create database {db}"])
    # statement by statement, so that every statement PostgreSQL rejects is listed and the rest still loads
    # (one transaction runs out of lock slots at N=2000: max_locks_per_transaction); no wait for each commit's flush
    env = dict(os.environ, PGOPTIONS="-c synchronous_commit=off")
    seconds, proc = run(PSQL + ["-d", db, "-v", "ON_ERROR_STOP=0", "-f", s.workdir / "older.sql"], check=False, env=env)
    s.timings["DB load"] = seconds
    s.load_errors = [line for line in proc.stderr.splitlines() if "ERROR:" in line]
    _, proc = run(PSQL + ["-d", db, "-tA", "-c", "select count(*) from pg_tables where schemaname = 'public'"])
    missing = sum(1 for row in match.read_drift(s.workdir / "drift.tsv") if row.kind == "missing_table")
    in_db = int(proc.stdout.strip())
    if in_db != s.tables - missing:
        s.notes.append(f"database has {in_db} tables, expected {s.tables - missing} ({s.tables} minus {missing} missing)")


def oracle_check(s):
    """--oracle: a perfect answer from the catalog (bench/oracle.py) must match drift.tsv exactly."""
    answer = BENCH / "out" / f"oracle{s.n}.json"
    seconds, proc = run([sys.executable, BENCH / "oracle.py", s.workdir])
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
        f"database.url=jdbc:postgresql://127.0.0.1:5432/retort_bench_{s.n}\n"
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
    return project


def measured(cmd):
    """The command wrapped to report its peak RSS in KB into a file, and how that is measured."""
    rss_file = BENCH / "out" / ".rss"
    if Path("/usr/bin/time").exists():
        return ["/usr/bin/time", "-f", "%M", "-o", rss_file, *cmd], rss_file, "GNU time %M"
    return [sys.executable, "-c", RSS_WRAPPER, rss_file, *cmd], rss_file, "getrusage(RUSAGE_CHILDREN) in a wrapper"


def check_runs(s, launcher, project, runs, label=""):
    """Step 4: `check --format json --verbose` --runs times; returns the last answer (dict)."""
    answers = []
    for k in range(1, runs + 1):
        cmd, rss_file, _ = measured(launcher + ["-p", project.relative_to(ROOT), "check", "--format", "json",
                                                "--verbose"])
        seconds, proc = run(cmd, check=False, timeout=3600)
        out = BENCH / "out" / f"check{s.n}{label}-run{k}"
        out.with_suffix(".json").write_text(proc.stdout)
        out.with_suffix(".log").write_text(proc.stderr)
        if proc.returncode not in (0, 1):
            raise BenchError(f"retort check exited {proc.returncode} for N={s.n}; see {out}.log")
        s.walls.append(seconds)
        s.rss_kb.append(int(rss_file.read_text().split()[-1]))
        for line in proc.stderr.splitlines():
            m = STEP_LINE.match(line.strip())
            if m:
                s.steps.setdefault(m.group(1), []).append(float(m.group(2)))
        try:
            answer = json.loads(proc.stdout)
        except json.JSONDecodeError as e:
            raise BenchError(f"retort check printed no JSON object for N={s.n} ({e}); see {out}.json")
        expected_rc = 1 if answer.get("differences") else 0
        if proc.returncode != expected_rc or answer.get("status") != ("drift" if expected_rc else "ok"):
            s.notes.append(f"check run {k}: exit code {proc.returncode} and status {answer.get('status')!r} do not "
                           f"agree with {len(answer.get('differences') or [])} differences")
        if answers and answer.get("differences") != answers[-1].get("differences"):
            s.notes.append(f"check run {k} reported other differences than run {k - 1} (not deterministic)")
        answers.append(answer)
    return answers[-1]


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


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", nargs="+", default=["50,500,2000"], help="entity counts, e.g. 50,500,2000 or 50 500")
    p.add_argument("--runs", type=int, default=3, help="timed runs of each measured command (default 3)")
    p.add_argument("--keep", action="store_true", help="keep the retort_bench_<N> databases")
    p.add_argument("--seed", default="42", help="workload seed (default 42)")
    p.add_argument("--workload", help="path of workload.py (default: bench/, gen/ or /work/shared/workload/)")
    p.add_argument("--oracle", action="store_true",
                   help="also check the workload: a catalog diff (bench/oracle.py) must match drift.tsv exactly")
    p.add_argument("--embedded", action="store_true",
                   help="no database server: the drifted schema (older.sql) becomes a 20-revision history that "
                        "`retort check` replays into its embedded PostgreSQL; writes results-embedded.md")
    p.add_argument("--retort-cmd", help="command that runs retort instead of ./retort (no retort.jar check), "
                                        "e.g. '/work/other/retort' or 'python3 bench/testdata/fake_retort.py'")
    args = p.parse_args()
    sizes = parse_sizes(args.sizes)
    (BENCH / "out").mkdir(exist_ok=True)

    workload_py = find_workload(args.workload)
    ensure_retort_lib()
    launcher, why_not = retort_launcher(args.retort_cmd)
    rss_method = measured(["true"])[2]
    if launcher is None:
        log(f"retort is not runnable, step 4 (check) is skipped: {why_not}")
    jvm_ms = jvm_start(launcher, args.runs) if launcher else None

    results = []
    try:
        for n in sizes:
            s = Size(n, BENCH / "out" / f"wl{n}")
            results.append(s)
            try:
                log(f"[N={n}] generate + build")
                jar = generate(s, args, workload_py)
                log(f"[N={n}] Hibernate DDL x{args.runs}")
                ddl = hibernate_ddl(s, jar, args.runs)
                if args.embedded:
                    log(f"[N={n}] older.sql (no database: it becomes the revision history)")
                    write_older(s, args, workload_py, ddl)
                else:
                    log(f"[N={n}] older.sql + DB load")
                    load_database(s, args, workload_py, ddl)
                if args.oracle:
                    log(f"[N={n}] oracle self-check of the workload")
                    oracle_check(s)
                    log(f"  oracle: {match.report_lines(s.oracle)[0]}")
                rows = match.read_drift(s.workdir / "drift.tsv")
                s.listed = len(rows)
                if launcher:
                    log(f"[N={n}] retort check x{args.runs}")
                    project = write_embedded_project(s, jar, 20) if args.embedded else write_project(s, jar)
                    answer = check_runs(s, launcher, project, args.runs, "-embedded" if args.embedded else "")
                    s.result = match.match(rows, match.read_differences(answer), match.Ddl.read(ddl))
                    for line in match.report_lines(s.result):
                        log(f"  {line}")
            except (BenchError, subprocess.TimeoutExpired) as e:
                s.error = str(e)
                log(f"[N={n}] FAILED: {e}")
            log(f"[N={n}] " + ", ".join(f"{k} {report.seconds(v)}" for k, v in s.timings.items()))
    finally:
        if not args.keep and not args.embedded:
            for s in results:
                run(PSQL + ["-d", "postgres", "-c", f"drop database if exists retort_bench_{s.n} with (force)"],
                    check=False)

    context = report.Context(runs=args.runs, seed=args.seed, rss_method=rss_method, jvm_ms=jvm_ms,
                             launcher=" ".join(launcher) if launcher else None, why_not=why_not,
                             java=report.first_line(["java", "-version"]),
                             postgres="embedded (retort's bundled binaries)" if args.embedded
                             else report.first_line(PSQL + ["-d", "postgres", "-tAc", "show server_version"]))
    table = report.summary_table(results, context)
    print(table)
    written = BENCH / "out" / ("results-embedded.md" if args.embedded else "results.md")
    written.write_text(report.document(results, context))
    log(f"written {written}")
    bad = lambda r: r is not None and (r.missed or r.extra)
    return 1 if any(s.error or bad(s.result) or bad(s.oracle) for s in results) else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as e:
        print(f"bench: {e}", file=sys.stderr)
        sys.exit(2)
