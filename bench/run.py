#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Times every bench/*.py under Krait and under python3 in the same run.

Each program runs --repeat times (default 3) under each interpreter, alternating,
and the best wall-clock time counts. The table shows both times, the ratio
krait/python3 (below 1 means Krait is faster), the geometric mean of the
ratios, and each interpreter's peak resident memory (the largest over the runs). A program that fails or prints something different from python3 is
reported and left out of the mean. Benchmarks are never pass/fail tests.

    bench/run.py                   # build/native/krait against python3
    bench/run.py -k fib --repeat 5
    bench/run.py --krait build/asan/krait
"""

import argparse
import math
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
RUNNERS = ("run.py", "startup.py")  # the scripts here that are not benchmark programs


def timed(cmd, env, timeout):
    """Runs cmd once; returns (seconds, stdout, error message or None)."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=env)
    try:
        stdout, stderr = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return None, b"", f"timed out after {timeout} s"
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        last = (stderr.decode("utf-8", "replace").strip().splitlines() or [""])[-1]
        return None, stdout, f"exit status {p.returncode}: {last[:80]}"
    return elapsed, stdout, None


def peak_rss(cmd, env):
    """Peak resident set size of one run of cmd, in MiB (None if it failed).

    Sampled from /proc/PID/status (VmHWM, the high-water mark of the program
    after exec): the rusage of a child would include the forked copy of this
    runner from before the exec."""
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO, env=env)
    peak = 0
    while p.poll() is None:
        try:
            with open(f"/proc/{p.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]))
        except (OSError, ValueError):
            pass
        time.sleep(0.002)
    return peak / 1024 if p.returncode == 0 and peak else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--krait", default="build/native/krait", help="the Krait binary (default build/native/krait)")
    ap.add_argument("--python", default="python3", help="the CPython to compare with (default python3)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per program and interpreter; best counts")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per run")
    ap.add_argument("-k", dest="pattern", help="only programs whose name contains PATTERN")
    args = ap.parse_args()

    krait = str((REPO / args.krait) if not os.path.isabs(args.krait) else Path(args.krait))
    if not os.path.exists(krait):
        sys.exit(f"bench/run.py: {args.krait} not found; build it with: cmake --workflow --preset native")
    programs = sorted(p for p in BENCH.glob("*.py") if p.name not in RUNNERS and not p.name.startswith("_"))
    if args.pattern:
        programs = [p for p in programs if args.pattern in p.name]
    if not programs:
        sys.exit("bench/run.py: no bench/*.py programs")

    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    print(f"{'program':<16} {'krait s':>9} {'python3 s':>10} {'ratio':>7} {'krait MiB':>10} {'python3 MiB':>12}")
    ratios = []
    for prog in programs:
        rel = prog.relative_to(REPO).as_posix()
        best = {"krait": None, "python3": None}
        out = {}
        error = None
        for _ in range(max(1, args.repeat)):
            for name, cmd in (("krait", [krait, rel]), ("python3", [args.python, rel])):
                t, stdout, err = timed(cmd, env, args.timeout)
                if err:
                    error = error or f"{name}: {err}"
                    continue
                out[name] = stdout
                best[name] = t if best[name] is None else min(best[name], t)
        if not error and out.get("krait") != out.get("python3"):
            error = "krait's output differs from python3's"
        rss = {}
        if not error:
            rss = {name: peak_rss(cmd, env)
                   for name, cmd in (("krait", [krait, rel]), ("python3", [args.python, rel]))}
        mem = lambda v: f"{v:.1f}" if v is not None else "-"
        mem_cols = f" {mem(rss.get('krait')):>10} {mem(rss.get('python3')):>12}"
        k, p = best["krait"], best["python3"]
        fmt = lambda t: f"{t:9.3f}" if t is not None else f"{'-':>9}"
        if error or not k or not p:
            print(f"{prog.stem:<16} {fmt(k)} {fmt(p):>10} {'-':>7}  ({error})")
            continue
        ratios.append(k / p)
        print(f"{prog.stem:<16} {fmt(k)} {fmt(p):>10} {k / p:7.2f}{mem_cols}")
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geometric mean':<16} {'':>9} {'':>10} {geomean:7.2f}   ({len(ratios)} of {len(programs)} programs)")
    return 0 if len(ratios) == len(programs) else 1


if __name__ == "__main__":
    sys.exit(main())
