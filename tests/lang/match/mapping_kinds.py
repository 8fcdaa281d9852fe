# Mapping patterns: dict and subclasses, get() semantics (no __missing__),
# **rest copies, value keys and runtime duplicate keys.
from_get = []

class D(dict):
    def __missing__(self, key):
        from_get.append(key)
        return "missing"

class Keys:
    a = "alpha"
    b = "alpha"

def m(v):
    match v:
        case {"x": 1, **rest}:
            return ("x1", rest)
        case {Keys.a: val}:
            return ("alpha", val)
        case {0: z, -1: w}:
            return ("ints", z, w)
        case {}:
            return ("dict", len(v))
        case _:
            return "other"

for v in [{"x": 1, "y": 2}, {"x": 1}, {"alpha": 3}, {0: "a", -1: "b", 5: 6}, {}, D(q=1), [("x", 1)], "x"]:
    print(m(v))
print(from_get)

r = {"x": 1, "y": 2}
match r:
    case {"x": _, **rest}:
        rest["z"] = 3
        print(r, rest)

try:
    match {"alpha": 1}:
        case {Keys.a: 1, Keys.b: 2}:
            print("no")
except ValueError as e:
    print("ValueError", e)

match {1: "one", True: "true?"}:
    case {1: v}:
        print(v)
