# Basic f-string interpolation
name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(f"{name!r} {name!s} {'é'!a} {'x'!r}")
print(f"{{literal braces}} {{{n}}}")
print(f"")
print(f"{'nested quotes'}")
print(f'{"double inside single"}')
print(f"{[1, 2, 3]} {(1,)} {{'a': 1}} {None} {True}")
d = {'key': 'val'}
print(f"{d['key']} {d}")
print(f"{len(name)} {name.upper()} {name[::-1]}")
print(f"{'yes' if n > 10 else 'no'}")
print(f"{n:d} {n}" f" concat {name}")
print(F"upper F {n}")
x = 3.5
print(f"{x} {x!r} {-x} {x * 2}")
print(f"{1}{2}{3}")
print(f"a{''}b")
print(f"{(lambda v: v + 1)(1)}")
