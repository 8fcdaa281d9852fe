# Group (parenthesized) patterns.
def f(v):
    match v:
        case (1):
            return "one via group"
        case ((2 | 3)):
            return "two or three"
        case ([a, (b)]):
            return "list %r %r" % (a, b)
        case (x):
            return "capture %r" % (x,)
print(f(1), f(2), f(3))
print(f([4, 5]))
print(f("s"))
