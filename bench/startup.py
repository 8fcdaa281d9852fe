#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Start-up times: Krait beside python3 for `-c pass` and for importing modules.

Each command runs --repeat times (default 10); the table shows the best and the
median wall-clock time. "cold" means no cached bytecode: python3 gets an empty
-X pycache_prefix directory each run (it compiles the modules and writes .pyc
files there), and the "warm" runs read the .pyc files a first run wrote.
Krait's bundled standard library is compiled at build time (the bundle holds
marshalled code objects), so its cold and warm runs are the same work: one
column. The reference for `-c pass` is `python3 -S -c pass` (no site), for the
imports `python3 -c 'import ...'` warm; ratio = krait best / reference best.
A python3 that is a pyenv shim (a shell script) is resolved to the real binary.
When the web build is there (build/web/krait.wasm), bench/web_startup.mjs adds
its loadKrait() + runPython("import json") time in node.

    bench/startup.py                       # build/native/krait against python3
    bench/startup.py --krait build/h/krait --repeat 20
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# (label, code, python3 reference flags)
CASES = [
    ("-c pass", "pass", ["-S"]),
    ("import json", "import json", []),
    ("import typing, dataclasses, enum", "import typing, dataclasses, enum", []),
]


def times(cmd, env, repeat, fresh_cache=False):
    """Wall-clock times of `repeat` runs of cmd, or (None, error) when it fails.

    fresh_cache: each run gets an empty -X pycache_prefix (python3 only)."""
    out = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as cache:
            run = cmd[:1] + ["-X", f"pycache_prefix={cache}"] + cmd[1:] if fresh_cache else cmd
            start = time.perf_counter()
            p = subprocess.run(run, capture_output=True, env=env)
            elapsed = time.perf_counter() - start
        if p.returncode != 0:
            last = (p.stderr.decode("utf-8", "replace").strip().splitlines() or [""])[-1]
            return None, last[:70]
        out.append(elapsed)
    return out, None


def real_python(python):
    """The interpreter binary itself (a pyenv shim costs ~40 ms of bash)."""
    try:
        p = subprocess.run([python, "-c", "import sys; print(sys.executable)"], capture_output=True, text=True)
        exe = p.stdout.strip()
        return exe if p.returncode == 0 and exe else python
    except OSError:
        return python


def web_figures(repeat):
    """bench/web_startup.mjs's lines, or None when there is no web build or node."""
    node = shutil.which("node")
    if not node or not (REPO / "build" / "web" / "krait.wasm").exists():
        return None
    p = subprocess.run([node, str(REPO / "bench" / "web_startup.mjs"), "--repeat", str(repeat)],
                       capture_output=True, text=True)
    return p.stdout.rstrip().splitlines() if p.returncode == 0 else [f"web: failed: {p.stderr.strip()[-200:]}"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--krait", default="build/native/krait", help="the Krait binary (default build/native/krait)")
    ap.add_argument("--python", default="python3", help="the CPython to compare with (default python3)")
    ap.add_argument("--repeat", type=int, default=10, help="runs per command (best and median shown)")
    ap.add_argument("--no-web", action="store_true", help="skip the web build's figures")
    args = ap.parse_args()
    krait = str((REPO / args.krait) if not os.path.isabs(args.krait) else Path(args.krait))
    if not os.path.exists(krait):
        sys.exit(f"bench/startup.py: {args.krait} not found; build it with: cmake --workflow --preset native")
    python = real_python(args.python)
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def ms(ts, f=min):
        return f"{f(ts) * 1000:8.1f}" if ts else f"{'-':>8}"

    print(f"python3: {python}")
    print(f"{'command':<34} {'krait':>8} {'(med)':>8} {'py cold':>8} {'py warm':>8} {'(med)':>8} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as warm_cache:
        for label, code, flags in CASES:
            k, kerr = times([krait, "-c", code], env, args.repeat)
            py = [python] + flags + ["-c", code]
            cold, _ = times(py, env, max(1, args.repeat // 4), fresh_cache=True)
            warm_cmd = py[:1] + ["-X", f"pycache_prefix={warm_cache}"] + py[1:]
            subprocess.run(warm_cmd, capture_output=True, env=env)  # fills the cache
            warm, _ = times(warm_cmd, env, args.repeat)
            ratio = f"{min(k) / min(warm):6.2f}" if k and warm else f"{'-':>6}"
            note = f"  (krait: {kerr})" if kerr else ""
            name = f"{label} (py {' '.join(flags)})" if flags else label
            print(f"{name:<34} {ms(k)} {ms(k, statistics.median)} {ms(cold)} {ms(warm)} "
                  f"{ms(warm, statistics.median)} {ratio}{note}")
    print("ms, best of --repeat (med = median); ratio = krait best / python3 warm best; krait: cold = warm")
    web = None if args.no_web else web_figures(max(1, args.repeat // 2))
    if web:
        print("web build in node (bench/web_startup.mjs, best):")
        for line in web:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
