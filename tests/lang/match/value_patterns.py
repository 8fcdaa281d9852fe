# Value patterns: dotted names are looked up each time, compared with ==.
import sys

class Color:
    RED = "red"
    GREEN = "green"

class Ns:
    class Inner:
        VALUE = 10

def f(v):
    match v:
        case Color.RED:
            return "R"
        case Color.GREEN:
            return "G"
        case Ns.Inner.VALUE:
            return "ten"
        case sys.version_info.major:
            return "major"
        case _:
            return "?"

for v in ["red", "green", 10, 10.0, 3, "blue"]:
    print(v, f(v))
Color.RED = "crimson"
print(f("crimson"), f("red"))
