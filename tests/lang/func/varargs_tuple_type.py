# *args is always a tuple and **kw always a fresh dict
def f(*args, **kw):
    return type(args).__name__, type(kw).__name__, args, kw
d = {"a": 1}
r = f(*[1], **d)
print(r)
def g(**kw):
    kw["new"] = 1
    return kw
g(**d)
print(d)
def h(*args):
    return args
t = (1, 2)
print(h(*t) == t)
