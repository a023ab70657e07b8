"""A catalog oracle: what a perfect `retort check --format json` would say for a workload, without retort.

  python3 bench/oracle.py bench/out/wl<N> [DB_PREFIX] > oracle<N>.json   # scratch databases DB_PREFIX<wl>_new|_old
  python3 bench/match.py oracle<N>.json bench/out/wl<N>

It loads Hibernate's create.sql into one scratch database and older.sql into another, reads both back from the
PostgreSQL catalog (tables, columns with format_type/nullability/default/comment, constraints, indexes that back no
constraint, sequences that no identity owns) and prints their differences in retort's JSON shape. Matching that
answer against drift.tsv checks the workload itself (does drift.tsv list every real difference, and only those?)
and the matcher, at full size, independently of retort. Both scratch databases are dropped afterwards.
Standard library only; this is measurement code, not product code.
"""
import json
import subprocess
import sys
from pathlib import Path

PSQL = ["psql", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-X", "-q"]

CATALOG = {
    "table": """select c.relname, coalesce(obj_description(c.oid, 'pg_class'), '') from pg_class c
                join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'""",
    "column": """select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull::text,
                 coalesce(pg_get_expr(d.adbin, d.adrelid), ''), coalesce(col_description(c.oid, a.attnum), ''),
                 a.attidentity::text
                 from pg_attribute a join pg_class c on c.oid = a.attrelid
                 join pg_namespace n on n.oid = c.relnamespace
                 left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                 where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped""",
    "constraint": """select c.relname, k.conname, k.contype::text, pg_get_constraintdef(k.oid) from pg_constraint k
                     join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'public' and k.contype in ('p', 'u', 'f', 'c')""",
    "index": """select tablename, indexname, indexdef from pg_indexes i where schemaname = 'public'
                and not exists (select 1 from pg_constraint k where k.conname = i.indexname)""",
    "sequence": """select s.sequencename, s.increment_by::text, s.start_value::text from pg_sequences s
                   where s.schemaname = 'public' and not exists (select 1 from pg_depend d
                     join pg_class q on q.oid = d.objid where q.relname = s.sequencename and d.deptype = 'i')""",
}
CONSTRAINT_KINDS = {"p": "primary key", "u": "unique constraint", "f": "foreign key", "c": "check constraint"}


def psql(db, *args, check=True):
    return subprocess.run(PSQL + ["-d", db, *args], capture_output=True, text=True, check=check)


def read_catalog(db):
    out = {}
    for name, sql in CATALOG.items():
        rows = psql(db, "-tA", "-F", "\t", "-c", " ".join(sql.split())).stdout.splitlines()
        out[name] = [tuple(r.split("\t")) for r in rows if r]
    return out


def load(db, sql_file):
    psql("postgres", "-c", f"drop database if exists {db} with (force)", "-c", f"create database {db}")
    psql(db, "-v", "ON_ERROR_STOP=1", "-f", str(sql_file))


def diff(old, new):
    """Differences from old (the database) to new (the entities), in retort's JSON shape."""
    out = []

    def add(kind, table, member, aspect, frm, to):
        path = ".".join(["public", table] + ([member] if member else []))
        out.append({"kind": kind, "path": path, "schema": "public", "object": table, "member": member,
                    "aspect": aspect, "from": frm, "to": to, "reason": f"oracle: {aspect} differs",
                    "action": "reported" if kind == "index" and to is None else "operation"})

    old_tables, new_tables = dict(old["table"]), dict(new["table"])
    for t in sorted(set(old_tables) | set(new_tables)):
        if t not in old_tables or t not in new_tables:
            add("table", t, None, "presence", t if t in old_tables else None, t if t in new_tables else None)
        elif old_tables[t] != new_tables[t]:
            add("table", t, None, "comment", old_tables[t] or None, new_tables[t] or None)
    common = set(old_tables) & set(new_tables)

    def keyed(rows):
        return {(r[0], r[1]): r[2:] for r in rows if r[0] in common}

    old_cols, new_cols = keyed(old["column"]), keyed(new["column"])
    for key in sorted(set(old_cols) | set(new_cols)):
        a, b = old_cols.get(key), new_cols.get(key)
        if a is None or b is None:
            add("column", *key, "presence", a and a[0], b and b[0])
            continue
        for aspect, i in (("type", 0), ("nullability", 1), ("default", 2), ("comment", 3), ("identity", 4)):
            if a[i] != b[i]:
                add("column", *key, aspect, a[i] or None, b[i] or None)
    for name in ("constraint", "index"):
        old_objs, new_objs = keyed(old[name]), keyed(new[name])
        for key in sorted(set(old_objs) | set(new_objs)):
            a, b = old_objs.get(key), new_objs.get(key)
            kind = CONSTRAINT_KINDS[(a or b)[0]] if name == "constraint" else "index"
            if a is None or b is None:
                add(kind, *key, "presence", a and a[-1], b and b[-1])
            elif a != b:
                add(kind, *key, "definition", a[-1], b[-1])
    old_seqs = {r[0]: r[1:] for r in old["sequence"]}
    new_seqs = {r[0]: r[1:] for r in new["sequence"]}
    for s in sorted(set(old_seqs) | set(new_seqs)):
        a, b = old_seqs.get(s), new_seqs.get(s)
        if a is None or b is None:
            add("sequence", s, None, "presence", a and a[0], b and b[0])
        else:
            for aspect, i in (("increment", 0), ("start", 1)):
                if a[i] != b[i]:
                    add("sequence", s, None, aspect, a[i], b[i])
    for d in out:  # sequences have no table: their path is schema.sequence
        if d["kind"] == "sequence":
            d["path"] = f"public.{d['object']}"
    return out


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    workload = Path(argv[1])
    prefix = argv[2] if len(argv) == 3 else "retort_oracle_"
    tag = workload.name.replace("-", "_")
    new_db, old_db = f"{prefix}{tag}_new", f"{prefix}{tag}_old"
    try:
        create_sql = workload / ".oracle-create.sql"
        create_sql.write_text("".join(line.rstrip().rstrip(";") + ";\n"
                                      for line in (workload / "create.sql").read_text().splitlines() if line.strip()))
        load(new_db, create_sql)
        load(old_db, workload / "older.sql")
        differences = diff(read_catalog(old_db), read_catalog(new_db))
    finally:
        for db in (new_db, old_db):
            psql("postgres", "-c", f"drop database if exists {db} with (force)", check=False)
    json.dump({"status": "drift" if differences else "ok", "differences": differences, "applied": [], "heads": []},
              sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
