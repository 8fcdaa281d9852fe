# *args and **kwargs unpacking in calls
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), *range(2)))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(*"ab", *{}, **{}))
print(f(1, *[2], x=1, **{"y": 2}))
def g(a, b, c=0, *, d=0):
    return a, b, c, d
print(g(*[1, 2], **{"d": 9}))
print(g(**{"a": 1, "b": 2, "c": 3}))
print(f(*(x for x in range(3))))
class M:
    def keys(self):
        return ["k"]
    def __getitem__(self, k):
        return k.upper()
print(f(**M()))
