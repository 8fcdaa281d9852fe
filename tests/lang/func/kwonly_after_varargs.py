# parameters after *args are keyword-only
def f(*args, sep="-", end):
    return sep.join(map(str, args)) + end
print(f(1, 2, end="!"))
print(f(end="?", sep="+"))
try:
    f(1, 2, "!")
except TypeError as e:
    print(e)
def g(a, *, b, c=3, d):
    return a, b, c, d
try:
    g(1, c=1)
except TypeError as e:
    print(e)
