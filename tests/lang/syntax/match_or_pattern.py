# Or-patterns, including with captures binding the same names.
def f(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case [x, 0] | [0, x]:
            return "pair with zero, other=%r" % (x,)
        case {"k": y} | (y, "k"):
            return "k found %r" % (y,)
        case None | True:
            return "singleton"
        case _:
            return "other"
for v in [2, "b", [5, 0], [0, 6], {"k": 7}, (8, "k"), None, True, 99]:
    print(repr(v), f(v))
