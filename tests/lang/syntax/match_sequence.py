# Sequence patterns: list and tuple syntax, lengths, nested.
def f(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one %r" % (x,)
        case (x, y):
            return "two %r %r" % (x, y)
        case [1, [2, z]]:
            return "nested z=%r" % (z,)
        case x, y, z:
            return "three bare"
        case _:
            return "other"
for v in [[], (), [1], (1,), [1, 2], (3, 4), [1, [2, 9]], (1, 2, 3), [1, 2, 3, 4], range(2), "ab", {1: 2}]:
    print(repr(v), f(v))
