# Literal patterns compare with ==; None, True and False compare with `is`.
def f(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case -2 - 1j:
            return "neg complex"
        case "text" "concat":
            return "joined string"
        case b"bytes":
            return "bytes"
        case _:
            return "other %r" % (v,)

for v in [True, False, None, 0, 0.0, 1, 1.0, -1, -1.0, 1.5, 2 + 3j, -2 - 1j, "textconcat",
          b"bytes", "bytes", [], 2]:
    print(repr(v), f(v))

class Eq:
    def __eq__(self, other):
        print("__eq__ called with", other)
        return True
match Eq():
    case 42:
        print("matched 42 through __eq__")
