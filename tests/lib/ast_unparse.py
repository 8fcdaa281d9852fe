import ast
srcs = ["x = (1 + 2) * 3", "def f(a, *, b=1) -> int:\n    return a ** -b",
        "class A(B):\n    @property\n    def x(self):\n        return [i for i in range(3) if i]",
        "f'{a!r} and {b:>10}'", "lambda: (yield)", "with a as (b, c):\n    pass",
        "match x:\n    case [1, *r] if r:\n        pass", "try:\n    pass\nexcept* E:\n    pass",
        "a[1:2, ...]", "print(*args, **kw)", "x = not (a and b) or c", "del a[0], b.c"]
for s in srcs:
    print(ast.unparse(ast.parse(s)))
    print("--")
