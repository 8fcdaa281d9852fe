# Signed zeros and float constants stay distinct where observable.
a = 0.0
b = -0.0
print(a, b, (0.0, -0.0), [0.0, -0.0])
t = (0.0, -0.0, 0.0)
print(t)
d = {0.0: "x"}
print(d.get(-0.0))
print(1 / float("inf"), -1 / float("inf"))
print(repr(-0.0 + 0.0), repr(-0.0 * 1), 0j, -0j, complex(0.0, -0.0))
def f():
    return (0.0, -0.0), (-0.0, 0.0)
print(f())
