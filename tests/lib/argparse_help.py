# argparse: format_help / format_usage text, groups, subparsers' help.
import argparse

p = argparse.ArgumentParser(prog="tool", description="Does things.", epilog="See docs.")
p.add_argument("path", help="input path")
p.add_argument("-q", "--quiet", action="store_true", help="say less")
p.add_argument("--level", type=int, default=1, metavar="N", help="level (default: %(default)s)")
grp = p.add_argument_group("advanced", "Advanced options.")
grp.add_argument("--jobs", type=int, help="parallel jobs")
sub = p.add_subparsers(dest="cmd", title="commands")
run = sub.add_parser("run", help="run it")
run.add_argument("--fast", action="store_true")
sub.add_parser("stop", help="stop it")
print(p.format_usage(), end="")
print(p.format_help(), end="")
print(run.format_help(), end="")
r = argparse.ArgumentParser(prog="r", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="line one\n  indented line")
print(r.format_help(), end="")
d = argparse.ArgumentParser(prog="d", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument("--x", default=5, help="the x")
print(d.format_help(), end="")
print(p.parse_args(["f", "run", "--fast"]))
print(p.parse_args(["f"]))
