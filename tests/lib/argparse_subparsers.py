# argparse subparsers: dispatch with set_defaults(func=...), aliases, required subcommands.
import argparse
import contextlib
import io

p = argparse.ArgumentParser(prog="git")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="command", required=True)
add = sub.add_parser("add", aliases=["a"])
add.add_argument("files", nargs="+")
add.set_defaults(func=lambda ns: "adding %s" % ns.files)
com = sub.add_parser("commit")
com.add_argument("-m", "--message", required=True)
com.set_defaults(func=lambda ns: "commit %r" % ns.message)
for argv in (["add", "x", "y"], ["a", "z"], ["--debug", "commit", "-m", "msg"]):
    ns = p.parse_args(argv)
    print(ns.command, ns.debug, ns.func(ns))
for argv in ([], ["push"], ["commit"]):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            p.parse_args(argv)
        except SystemExit as e:
            print("exit", e.code)
    print(err.getvalue().splitlines()[-1])
print(sorted(sub.choices))
