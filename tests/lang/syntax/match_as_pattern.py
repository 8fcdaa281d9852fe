# as-patterns bind the matched subject of a sub-pattern.
def f(v):
    match v:
        case [1 | 2 as first, *rest] as whole:
            return first, rest, whole
        case {"x": (int() | float()) as num}:
            return "num", num
        case (str() as s) as again:
            return s is again
        case _ as anything:
            return "anything", anything
print(f([2, 3, 4]))
print(f({"x": 1.5}))
print(f("hello"))
print(f(None))
