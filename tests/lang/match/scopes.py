# Captured names follow the usual scoping: locals in functions, globals at
# module level, cells when a closure uses them, class bodies; walrus in guards.
def outer(v):
    match v:
        case [a, b]:
            pass
    def inner():
        return a + b
    return inner()
print(outer([1, 2]))

class C:
    match (1, 2):
        case (first, second):
            pass
print(C.first, C.second)

def guard(v):
    match v:
        case [x] if (y := x * 2) > 5:
            return x, y
        case _:
            return None
print(guard([3]), guard([1]))

total = 0
for item in [1, "a", [2, 3], {"n": 4}, None]:
    match item:
        case int(n) | [n, _] | {"n": n}:
            total += n
        case str():
            continue
        case None:
            break
print(total)

def ret(v):
    for i in range(3):
        match v, i:
            case (1, 1):
                return "returned at", i
            case (_, 2):
                break
    return "loop ended"
print(ret(1), ret(0))
