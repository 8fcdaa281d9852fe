# Capture and wildcard patterns.
def f(v):
    match v:
        case 1:
            return "one"
        case other:
            return "captured " + repr(other)
print(f(1), f("z"), f([1]))
match 5:
    case _:
        print("wildcard matched")
match 7:
    case n:
        pass
print("n after match:", n)
match (1, 2):
    case (_, _):
        print("two wildcards")
print("_" in globals())  # the wildcard binds nothing
