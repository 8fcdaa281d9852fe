# Sequence patterns with a star sub-pattern.
def f(v):
    match v:
        case [first, *rest]:
            return "first=%r rest=%r" % (first, rest)
        case []:
            return "empty"
def g(v):
    match v:
        case [*_, last]:
            return "last=%r" % (last,)
        case _:
            return "none"
def h(v):
    match v:
        case (a, *mid, b):
            return (a, mid, b)
        case _:
            return "short"
print(f([1, 2, 3]), f((9,)), f([]))
print(g([1, 2, 3]), g([]))
print(h((1, 2, 3, 4)), h([1, 2]), h([1]))
print(type(h((1, 2, 3))[1]).__name__)
