# Mapping patterns: keys are literals or values; extra keys are ignored.
class K:
    NAME = "name"
def f(v):
    match v:
        case {"kind": "point", "x": x, "y": y}:
            return "point %r,%r" % (x, y)
        case {K.NAME: n}:
            return "named %r" % (n,)
        case {1: one, None: nothing}:
            return "odd keys %r %r" % (one, nothing)
        case {}:
            return "any mapping"
        case _:
            return "not a mapping"
print(f({"kind": "point", "x": 1, "y": 2, "z": 3}))
print(f({"name": "n1"}))
print(f({1: "a", None: "b"}))
print(f({"other": 0}))
print(f([("name", 1)]))
