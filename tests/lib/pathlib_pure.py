# pathlib.PurePosixPath: parts, joins, suffixes, relative_to, match, with_* and errors.
from pathlib import PurePosixPath as P

p = P("/usr/local/lib/python3.11/site.tar.gz")
print(p, repr(p))
print(p.parts, p.name, p.stem, p.suffix, p.suffixes)
print(p.parent, p.parents[1], len(p.parents), list(P("a/b").parents))
print(p.anchor, p.root, p.drive == "", p.is_absolute(), P("x/y").is_absolute())
print(P("/a") / "b" / "c", P("a").joinpath("b", "/c"), "x" / P("y"))
print(p.with_name("other.py"), p.with_suffix(".zip"), p.with_stem("new"))
print(p.relative_to("/usr/local"), P("/a/b").is_relative_to("/a"), P("/a/b").is_relative_to("/c"))
print(P("a//b/./c"), P("a/b/../c"), P(""), P("."), P("/"))
print(P("a/b.py").match("*.py"), P("/a/b/c.py").match("b/*.py"), P("a/b.py").match("/*.py"))
print(P("a") == P("a"), P("a") < P("b"), sorted([P("b"), P("a/c"), P("a")]))
print(P("/x/y").as_posix(), str(P("x")), bytes(P("x/y")), P("/a/b").as_uri())
print(P("a", "b", "c"), P(P("a"), "b"))
for f in (lambda: P("/a/b").relative_to("/c"), lambda: P("a").with_suffix("bad"),
          lambda: P("").with_name("x"), lambda: P("a").with_name(""), lambda: P("a").as_uri(),
          lambda: P("a") / 5):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
