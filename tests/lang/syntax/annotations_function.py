# Function parameter and return annotations.
def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]
ann = f.__annotations__
for k in ["a", "b", "args", "c", "kw", "return"]:
    print(k, ann[k])
def g(x, y): pass
print(g.__annotations__)
h = lambda q: q
print(h.__annotations__)
def pos(a: 1, /, b: 2, *, c: 3): pass
print(pos.__annotations__)
