# Assignment expressions in if/while/calls/comprehension conditions.
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long list", n)
print((y := 5) + y)
def f(a, b):
    return a, b
print(f(x := 10, x + 1))
vals = [v for i in range(6) if (v := i * i) % 2]
print(vals, v)
print([z := 1, z + 1])
print({"k": (w := "v")}, w)
