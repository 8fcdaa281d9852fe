# yield from any iterable, and errors for non-iterables
def g(x):
    r = yield from x
    yield ("ret", r)
print(list(g([1, 2])))
print(list(g("ab")))
print(list(g(range(2))))
print(list(g({"k": 1})))
try:
    list(g(5))
except TypeError as e:
    print(e)
