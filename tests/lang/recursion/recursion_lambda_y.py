# recursion through lambdas and the Y-combinator
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = Y(lambda self: lambda n: 1 if n <= 1 else n * self(n - 1))
print(fact(20))
flat = lambda l: [y for x in l for y in (flat(x) if isinstance(x, list) else [x])]
print(flat([1, [2, [3, [4]], 5]]))
