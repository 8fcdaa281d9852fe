# When no case matches, nothing happens and bindings from failed cases are unspecified.
def f(v):
    match v:
        case 1:
            return "one"
        case [1, 2]:
            return "list"
    return "fell through"
print(f(1), f([1, 2]), f(3), f([1, 3]))
result = []
for i in range(4):
    match i % 2:
        case 0:
            result.append("even")
        case 1:
            result.append("odd")
print(result)
