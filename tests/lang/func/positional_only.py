# Positional-only parameters before /
def f(a, b, /, c, *, d=4):
    return a, b, c, d
print(f(1, 2, 3))
print(f(1, 2, c=3))
print(f(1, 2, 3, d=5))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, b=2, /):
    return a + b
print(h(1), h(1, 10))
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, b=3)
except TypeError as e:
    print("TypeError:", e)
