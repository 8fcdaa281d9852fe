# argparse errors: exit_on_error=False, SystemExit with stderr captured, bad definitions.
import argparse
import contextlib
import io

p = argparse.ArgumentParser(prog="t", exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("--c", choices=["a", "b"])
for args in (["--n", "x"], ["--c", "z"]):
    try:
        p.parse_args(args)
    except argparse.ArgumentError as e:
        print("ArgumentError", e, e.argument_name)

q = argparse.ArgumentParser(prog="q")
q.add_argument("need")
q.add_argument("--v", type=int)
for args in ([], ["a", "--v", "1.5"], ["a", "--bogus"], ["a", "b"], ["--help"]):
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            q.parse_args(args)
        except SystemExit as e:
            print("exit", e.code, file=out)
    print(repr(err.getvalue()), out.getvalue().splitlines()[-1])

r = argparse.ArgumentParser()
r.add_argument("--x")
try:
    r.add_argument("--x")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
try:
    r.add_argument("--y", action="nonsense")
except ValueError as e:
    print("ValueError", e)
try:
    r.add_argument("pos", required=True)
except TypeError as e:
    print("TypeError", e)
try:
    r.add_argument("--z", nargs=0)
except ValueError as e:
    print("ValueError", e)
g = argparse.ArgumentParser(prog="g", exit_on_error=False)
m = g.add_mutually_exclusive_group(required=True)
m.add_argument("--a", action="store_true")
m.add_argument("--b", action="store_true")
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        g.parse_args(["--a", "--b"])
    except (SystemExit, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
print(repr(err.getvalue()))
