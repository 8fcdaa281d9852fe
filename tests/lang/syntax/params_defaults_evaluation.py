# Default values are evaluated once, at definition time, left to right.
order = []
def val(v):
    order.append(v)
    return v
def f(a=val(1), b=val(2), *, c=val(3)):
    return a, b, c
print(order)
def acc(x, into=[]):
    into.append(x)
    return into
print(acc(1), acc(2))
print(f.__defaults__, f.__kwdefaults__)
lam = lambda x=val("lam"): x
print(order, lam())
