#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Start-up times: Krait beside python3 for `-c pass` and for importing modules.

Each command runs --repeat times (default 20) and the best wall-clock time counts.
"cold" means no cached bytecode: python3 gets an empty -X pycache_prefix
directory (it compiles the modules and writes .pyc files there), and the next,
"warm" runs read them. Krait's bundled standard library is compiled at build time,
so its cold and warm runs are the same work. An import Krait can't do yet (a C
module it needs is missing) is shown with the error instead of a time.

    bench/startup.py                       # build/native/krait against python3
    bench/startup.py --krait build/h/krait --repeat 50
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CASES = [
    ("-c pass", "pass"),
    ("import heapq, bisect, keyword, operator", "import heapq, bisect, keyword, operator"),
    ("import xml.dom", "import xml.dom"),
    ("import json", "import json"),
    ("import typing, dataclasses, enum", "import typing, dataclasses, enum"),
]


def best_time(cmd, env, repeat):
    """Best of `repeat` runs of cmd, or (None, error) when it fails."""
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, env=env)
        elapsed = time.perf_counter() - start
        if p.returncode != 0:
            last = (p.stderr.decode("utf-8", "replace").strip().splitlines() or [""])[-1]
            return None, last[:70]
        best = elapsed if best is None else min(best, elapsed)
    return best, None


def cold_time(python, code, env, repeat):
    """python3 with an empty bytecode cache each run."""
    best = None
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as cache:
            t, err = best_time([python, "-X", f"pycache_prefix={cache}", "-c", code], env, 1)
        if err:
            return None, err
        best = t if best is None else min(best, t)
    return best, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--krait", default="build/native/krait", help="the Krait binary (default build/native/krait)")
    ap.add_argument("--python", default="python3", help="the CPython to compare with (default python3)")
    ap.add_argument("--repeat", type=int, default=20, help="runs per command; best counts")
    args = ap.parse_args()
    krait = str((REPO / args.krait) if not os.path.isabs(args.krait) else Path(args.krait))
    if not os.path.exists(krait):
        sys.exit(f"bench/startup.py: {args.krait} not found; build it with: cmake --workflow --preset native")
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    ms = lambda t: f"{t * 1000:8.1f}" if t is not None else f"{'-':>8}"
    print(f"{'command':<40} {'krait ms':>8} {'py cold':>8} {'py warm':>8} {'py -S':>8} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as warm_cache:
        for label, code in CASES:
            k, kerr = best_time([krait, "-c", code], env, args.repeat)
            cold, _ = cold_time(args.python, code, env, max(1, args.repeat // 4))
            warm_cmd = [args.python, "-X", f"pycache_prefix={warm_cache}", "-c", code]
            subprocess.run(warm_cmd, capture_output=True, env=env)  # fills the cache
            warm, _ = best_time(warm_cmd, env, args.repeat)
            nosite, _ = best_time([args.python, "-S", "-c", code], env, args.repeat)
            ratio = f"{k / warm:6.2f}" if k and warm else f"{'-':>6}"
            note = f"  (krait: {kerr})" if kerr else ""
            print(f"{label:<40} {ms(k)} {ms(cold)} {ms(warm)} {ms(nosite)} {ratio}{note}")
    print("ratio = krait / python3 warm; py -S = python3 -S (no site), warm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
