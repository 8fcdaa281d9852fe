# Chained comparisons evaluate middle operands once and short-circuit.
def v(x):
    print("v", x)
    return x
print(1 < v(2) < 3)
print(1 < v(0) < v(5))
n = None
print(1 == 1.0 != 2 != n is None)
print(3 > 2 > 1 > 0 >= 0 <= 0)
print("a" in "abc" not in ["x"])
print(1 < 2 == 2 > 1)
