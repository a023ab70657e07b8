#!/usr/bin/env python3
"""A stand-in for `retort` that exercises bench/run.py's step 4 before the real CLI exists.

  python3 bench/run.py --sizes 50 --oracle --retort-cmd 'python3 bench/testdata/fake_retort.py'

`--version` prints a version. `-p DIR check --format json --verbose` reads DIR/retort.properties, answers with the
catalog oracle's JSON for that database (bench/out/oracle<N>.json, written by --oracle; no differences otherwise),
prints `retort: step <name> <ms> ms` lines on stderr like the real CLI and exits 1 on drift, 0 without.
"""
import json
import re
import sys
import time
from pathlib import Path

STEPS = ["scan-entities", "reflect-database", "normalize-target", "compare", "plan", "render"]


def main(argv):
    if argv[1:] == ["--version"]:
        print("retort 0.0.0-fake")
        return 0
    if len(argv) < 4 or argv[1] != "-p" or argv[3] != "check":
        print(f"fake retort: unsupported arguments {argv[1:]}", file=sys.stderr)
        return 2
    properties = (Path(argv[2]) / "retort.properties").read_text()
    n = re.search(r"^database\.url=.*?(\d+)\s*$", properties, re.M).group(1)
    oracle = Path(__file__).resolve().parent.parent / "out" / f"oracle{n}.json"
    answer = json.loads(oracle.read_text()) if oracle.exists() else {"status": "ok", "differences": []}
    for step in STEPS:
        start = time.perf_counter()
        time.sleep(0.001)
        if "--verbose" in argv:
            print(f"retort: step {step} {(time.perf_counter() - start) * 1000:.0f} ms", file=sys.stderr)
    print(json.dumps(answer))
    return 1 if answer["differences"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
