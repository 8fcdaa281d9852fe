# Guards: evaluated after binding; failing guard falls through; side effects.
calls = []
def check(tag, result):
    calls.append(tag)
    return result
def f(v):
    match v:
        case [x, y] if check("g1", x > y):
            return "descending"
        case [x, y] if check("g2", x == y):
            return "equal"
        case [x, _] if check("g3", True):
            return "x=%r" % x
for v in [[3, 1], [2, 2], [1, 5], [1]]:
    calls.clear()
    print(v, f(v), calls)
match 5:
    case n if n > 10:
        print("big")
    case n:
        print("n bound to", n)
