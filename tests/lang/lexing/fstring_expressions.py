# Expressions inside f-strings: calls, lambdas in parentheses, comprehensions, ternaries.
xs = [1, 2, 3]
print(f"{sum(xs)} {len(xs) * 2} {xs[-1]}")
print(f"{(lambda v: v + 1)(1)}")
print(f"{[x * x for x in xs]}")
print(f"{'yes' if xs else 'no'}")
print(f"{(y := 4)} {y}")
print(f"{xs!r:>12}")
print(f"{ 1 + 1 }")
