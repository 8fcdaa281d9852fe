#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs the language tests under CPython 3.11 and under Krait, and compares them.

Every tests/lang/**/*.py and tests/lib/**/*.py (the bundled standard library's
smoke tests; files whose name starts with '_' are helpers, not tests) runs twice, live, in the same invocation: under `python3` (the oracle; it must be
CPython 3.11) and under the Krait build chosen with --target. A test passes when
  - stdout is identical,
  - the exit status is identical,
  - the last non-empty line of stderr is identical (the exception type and
    message, e.g. "ZeroDivisionError: division by zero"), and
  - when CPython's stderr starts with "Traceback (most recent call last):", so does Krait's,
  - and, in a test containing the line "# test: full-stderr" (traceback printing
    tests), the whole of stderr is identical.
Nothing is cached: CPython's results are recomputed each run (CI has python3).

How tests run: the working directory is the repository root and the test is named
by its path relative to it (tests/lang/area/name.py), the same for both
interpreters, so sys.argv[0], __file__ and traceback file names agree. The
environment adds PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8 and
PYTHONDONTWRITEBYTECODE=1. stdin is empty, or the file NAME.stdin next to NAME.py.
Each interpreter gets 30 s per test; a timeout, a signal ("crashed: SIGSEGV"), a
wasm trap or a sanitizer report is a failure with that label.

tests/known_failures.txt lists expected failures, one per line:
    tests/lang/area/name.py  # reason
    tests/lang/area/name.py [wasi,web]  # reason: only on these targets
A listed test that fails is not counted as failed; one that passes is reported
as "unexpectedly passed" but doesn't fail the run. Any other failure does.

The output ends with the line "N passed, N failed", where "failed" counts the
unexpected failures only; the exit status is 1 when that number is not 0.

Examples:
    tests/run_tests.py                       # every test, build/native/krait
    tests/run_tests.py --target asan -k dict # the ASan build, paths containing "dict"
    tests/run_tests.py --target wasi --subset 60 -v
"""

import argparse
import difflib
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LANG = REPO / "tests" / "lang"
LIB = REPO / "tests" / "lib"
KNOWN = REPO / "tests" / "known_failures.txt"
TIMEOUT = 30

TARGETS = {
    "native": {"cmd": ["build/native/krait"], "binary": "build/native/krait"},
    "asan": {
        "cmd": ["build/asan/krait"],
        "binary": "build/asan/krait",
        "env": {"ASAN_OPTIONS": "detect_leaks=1", "UBSAN_OPTIONS": "halt_on_error=1:print_stacktrace=1"},
    },
    # run-wasi.mjs passes only the variables given with --env, plus PWD (see wasi/README.md).
    "wasi": {
        "cmd": ["node", "--no-warnings", "wasi/run-wasi.mjs", "--dir", "/", "--env", "PYTHONHASHSEED=0",
                "--env", "PYTHONIOENCODING=utf-8", "--env", "PYTHONDONTWRITEBYTECODE=1",
                "build/wasi/krait.wasm"],
        "binary": "build/wasi/krait.wasm",
    },
    "web": {"cmd": ["node", "build/web/krait.js"], "binary": "build/web/krait.js"},
}

# Lines on Krait's stderr that mean the process died rather than raised.
SANITIZER_MARKERS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                     "SUMMARY: UndefinedBehaviorSanitizer")
WASM_MARKERS = ("wasm trap:", "Aborted(", "RuntimeError: memory access out of bounds", "RuntimeError: unreachable",
                "RuntimeError: table index", "RuntimeError: call stack exhausted",
                "Maximum call stack size exceeded", "RuntimeError: divide by zero", "RuntimeError: integer overflow",
                "RuntimeError: null function")


class Run:
    """What one interpreter did with one test."""

    def __init__(self, stdout="", stderr="", status=None, timed_out=False):
        self.stdout, self.stderr, self.status, self.timed_out = stdout, stderr, status, timed_out

    def last_line(self):
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        return lines[-1] if lines else ""


def run(cmd, stdin_bytes, env):
    try:
        p = subprocess.run(cmd, input=stdin_bytes, capture_output=True, cwd=REPO, env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        decode = lambda b: (b or b"").decode("utf-8", "replace")
        return Run(decode(e.stdout), decode(e.stderr), None, True)
    return Run(p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode)


def crash_label(kr, py, target):
    """A clear label when Krait died rather than ran, else None."""
    if kr.timed_out:
        return f"timed out after {TIMEOUT} s"
    if kr.status is not None and kr.status < 0:
        try:
            return f"crashed: {signal.Signals(-kr.status).name}"
        except ValueError:
            return f"crashed: signal {-kr.status}"
    for line in kr.stderr.splitlines():
        text = line.strip()[:160]
        if target == "asan" and any(m in line for m in SANITIZER_MARKERS):
            return f"sanitizer: {text}"
        if target in ("wasi", "web") and any(m in line for m in WASM_MARKERS):
            return f"crashed: {text}"
    if target == "wasi" and kr.status == 134 and py.status != 134:  # run-wasi.mjs's status for a trap
        return "crashed: wasm trap"
    return None


def compare(py, kr, target, full_stderr=False):
    """Returns the list of differences (empty when the test passes)."""
    problems = []
    if full_stderr and kr.stderr != py.stderr:
        problems.append("stderr differs")
    label = crash_label(kr, py, target)
    if label:
        problems.append(label)
    if kr.stdout != py.stdout:
        problems.append("stdout differs")
    if kr.status != py.status and not label:
        problems.append(f"exit status {kr.status}, expected {py.status}")
    if kr.last_line() != py.last_line() and not label:
        problems.append(f"stderr ends {kr.last_line()!r}, expected {py.last_line()!r}")
    tb = "Traceback (most recent call last):"
    if py.stderr.startswith(tb) and not kr.stderr.startswith(tb) and not label:
        problems.append("stderr does not start with 'Traceback (most recent call last):'")
    return problems


def details(py, kr):
    """The diffs shown with -v."""
    out = []
    if kr.stdout != py.stdout:
        diff = list(difflib.unified_diff(py.stdout.splitlines(), kr.stdout.splitlines(),
                                         "python3 stdout", "krait stdout", lineterm="", n=2))
        out += diff[:60] + (["    ... (diff truncated)"] if len(diff) > 60 else [])
    if kr.stderr != py.stderr:
        out.append("--- python3 stderr (tail) ---")
        out += py.stderr.splitlines()[-8:]
        out.append("--- krait stderr (tail) ---")
        out += kr.stderr.splitlines()[-12:]
    return "\n".join("    " + line for line in out)


def find_python(requested):
    """CPython 3.11 is the oracle: check that the interpreter we use is one."""
    candidates = [requested] if requested else ["python3", "python3.11"]
    for exe in candidates:
        try:
            v = subprocess.run([exe, "-c", "import sys, platform; print(platform.python_implementation(), "
                                "*sys.version_info[:2])"], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if v.returncode == 0 and v.stdout.split() == ["CPython", "3", "11"]:
            return exe
    sys.exit(f"run_tests.py: need CPython 3.11 as {' or '.join(candidates)} (tools/setup.sh installs python3.11)")


def load_known(target):
    known = {}
    if not KNOWN.exists():
        return known
    for number, raw in enumerate(KNOWN.read_text().splitlines(), 1):
        text, _, reason = raw.partition("#")
        fields = text.split()
        if not fields:
            continue
        path = fields[0] if fields[0].startswith("tests/") else f"tests/lang/{fields[0]}"
        targets = None
        if len(fields) > 1 and fields[1].startswith("["):
            targets = {t.strip() for t in " ".join(fields[1:]).strip("[]").split(",")}
        if targets is None or target in targets:
            known[path] = reason.strip() or "(no reason given)"
    return known


def discover(paths):
    roots = [Path(p).resolve() for p in paths] if paths else [LANG, LIB]
    files = []
    for root in roots:
        found = [root] if root.is_file() else sorted(root.rglob("*.py"))
        # Helpers start with '_', as do helper directories (test packages
        # other tests import or discover, e.g. tests/lib/_unittest_pkg/).
        files += [f for f in found if not any(p.startswith("_") for p in f.relative_to(REPO).parts)]
    return sorted({f.relative_to(REPO).as_posix() for f in files})


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="test files or directories (default: tests/lang and tests/lib)")
    ap.add_argument("--target", choices=sorted(TARGETS), default="native", help="which Krait build (default native)")
    ap.add_argument("--subset", type=int, metavar="N", help="run every k-th test so that about N run")
    ap.add_argument("-k", dest="pattern", help="only tests whose path contains PATTERN")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every test and the diffs of failures")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="tests run in parallel (default 2)")
    ap.add_argument("--python", help="the CPython 3.11 to compare with (default python3, then python3.11)")
    ap.add_argument("--krait", help="a native krait binary to use instead of the target's (e.g. a private build dir)")
    args = ap.parse_args()

    target = dict(TARGETS[args.target])
    if args.krait:
        target["cmd"] = [args.krait]
        target["binary"] = args.krait
    if not (REPO / target["binary"]).exists():
        sys.exit(f"run_tests.py: {target['binary']} not found; build it with: cmake --workflow --preset {args.target}")
    python = find_python(args.python)

    tests = discover(args.paths)
    if args.pattern:
        tests = [t for t in tests if args.pattern in t]
    if args.subset and args.subset > 0 and len(tests) > args.subset:
        tests = tests[:: max(1, len(tests) // args.subset)]
    if not tests:
        print("no tests selected")
        print("0 passed, 0 failed")
        return 1
    known = load_known(args.target)

    env = dict(os.environ)
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONHOME", "PYTHONINSPECT"):
        env.pop(var, None)
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    krait_env = dict(env, **target.get("env", {}))

    lock = threading.Lock()
    results = {}

    def one(test):
        stdin_file = REPO / (test[:-3] + ".stdin")
        stdin_bytes = stdin_file.read_bytes() if stdin_file.exists() else b""
        py = run([python, test], stdin_bytes, env)
        if py.timed_out:
            problems = ["python3 itself timed out"]
            kr = Run()
        else:
            kr = run(target["cmd"] + [test], stdin_bytes, krait_env)
            full = "\n# test: full-stderr\n" in "\n" + (REPO / test).read_text("utf-8", "replace")
            problems = compare(py, kr, args.target, full)
        results[test] = problems
        with lock:
            if problems and test in known:
                if args.verbose:
                    print(f"xfail {test}: {'; '.join(problems)} (known: {known[test]})", flush=True)
            elif problems:
                print(f"FAIL  {test}: {'; '.join(problems)}", flush=True)
                if args.verbose and not py.timed_out:
                    print(details(py, kr), flush=True)
            elif test in known:
                print(f"XPASS {test}: unexpectedly passed (listed in known_failures.txt: {known[test]})", flush=True)
            elif args.verbose:
                print(f"ok    {test}", flush=True)

    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        list(pool.map(one, tests))

    passed = sum(1 for t in tests if not results[t])
    xfail = sum(1 for t in tests if results[t] and t in known)
    failed = sum(1 for t in tests if results[t] and t not in known)
    xpass = sum(1 for t in tests if not results[t] and t in known)
    print(f"target {args.target}: {len(tests)} tests in {time.monotonic() - start:.1f} s; "
          f"{xfail} known failures, {xpass} unexpectedly passed")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
