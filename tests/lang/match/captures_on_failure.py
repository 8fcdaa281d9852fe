# Names captured by a case that fails are not bound (3.11 stores only on success),
# but names bound by a matching pattern whose guard fails stay bound.
def f(v):
    x = "unset"
    y = "unset"
    match v:
        case [x, 1]:
            return "first", x, y
        case [_, y] if y > 10:
            return "second", x, y
        case _:
            return "none", x, y

print(f([5, 1]))
print(f([5, 20]))
print(f([5, 3]))
print(f("ab"))

match [1, 2, 3]:
    case [a, b]:
        print("no")
    case [a, b, c, d]:
        print("no")
    case _:
        print("a" in globals(), "b" in globals())
