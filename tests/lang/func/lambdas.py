# lambda expressions
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: len(s)))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
print(sq.__name__)
fs = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fs])
cond = lambda x: "big" if x > 5 else "small"
print(cond(3), cond(30))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
