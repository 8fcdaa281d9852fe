import functools
for c in [lambda: functools.reduce(None, [1, 2]), lambda: functools.reduce(lambda a, b: a, 5),
          lambda: functools.lru_cache(maxsize="x"), lambda: functools.cmp_to_key(),
          lambda: functools.partial(len)(1, 2), lambda: functools.singledispatch(1),
          lambda: functools.total_ordering(type("X", (), {}))]:
    try:
        r = c()
        print("no error", type(r).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
@functools.lru_cache(maxsize=1)
def boom(x):
    raise ValueError("boom %s" % x)
for i in range(2):
    try:
        boom(1)
    except ValueError as e:
        print("ValueError", e, boom.cache_info().currsize)
p = functools.partial(print, "a", sep="-")
p("b")
p.__dict__["extra"] = 1
print(p.extra)
try:
    p.func = len
except AttributeError as e:
    print("AttributeError")
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
