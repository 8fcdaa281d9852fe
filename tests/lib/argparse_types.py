# argparse: type conversion failures, FileType, BooleanOptionalAction, nargs errors, intermixed args.
import argparse
import contextlib
import io

def run(parser, argv):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            print(parser.parse_args(argv))
        except SystemExit as e:
            print("exit", e.code, err.getvalue().splitlines()[-1])

p = argparse.ArgumentParser(prog="p")
p.add_argument("--f", type=float)
p.add_argument("--b", action=argparse.BooleanOptionalAction, default=True)
p.add_argument("--two", nargs=2, type=int)
p.add_argument("--plus", nargs="+")
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError("must be positive, got %d" % v)
    return v
p.add_argument("--pos", type=positive)
for argv in (["--f", "1e3"], ["--f", "abc"], ["--no-b"], ["--b"], ["--two", "1"], ["--two", "1", "x"],
             ["--plus"], ["--plus", "a", "b"], ["--pos", "3"], ["--pos", "-3"], ["--pos", "q"]):
    run(p, argv)
q = argparse.ArgumentParser(prog="q")
q.add_argument("cmd")
q.add_argument("--x")
q.add_argument("rest", nargs="*")
print(q.parse_intermixed_args(["a", "--x", "1", "b", "c"]))
r = argparse.ArgumentParser(prog="r", allow_abbrev=True)
r.add_argument("--verbose", action="store_true")
r.add_argument("--version", action="version", version="%(prog)s 1.0")
run(r, ["--verb"])
run(r, ["--ver"])
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        r.parse_args(["--version"])
    except SystemExit as e:
        print("exit", e.code)
print(out.getvalue().split())
