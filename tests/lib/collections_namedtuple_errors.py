from collections import namedtuple
for args, kw in [(("P", "a b"), {"defaults": 5}), (("P", ["a", 1]), {}), (("P", "a, b, a"), {}), (("P", "a _b"), {}),
                 (("class", "a"), {}), (("P", "a"), {"module": 5}), (("P", "a b"), {"defaults": [1, 2, 3]})]:
    try:
        t = namedtuple(*args, **kw)
        print("ok", t._fields, t.__module__ if "module" in kw else "")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
P = namedtuple("P", "a b")
for c in [lambda: P(1, 2, 3), lambda: P(1, c=2), lambda: P._make([1]), lambda: P(1, 2)._replace(c=1), lambda: P(a=1, b=2, a2=3)]:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
