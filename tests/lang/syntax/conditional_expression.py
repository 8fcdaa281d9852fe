# Conditional expressions: lazy evaluation and nesting.
def loud(v):
    print("eval", v)
    return v
print(loud("a") if True else loud("b"))
print(loud("a") if 0 else loud("b"))
x = 5
print("neg" if x < 0 else "zero" if x == 0 else "pos")
print([("even" if i % 2 == 0 else "odd") for i in range(3)])
f = lambda n: n if n < 2 else f(n - 1) + f(n - 2)
print(f(10))
