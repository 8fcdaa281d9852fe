# Value patterns: dotted names compare with ==.
class Color:
    RED = 1
    GREEN = 2
class NS:
    class Inner:
        BLUE = 3
def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case NS.Inner.BLUE:
            return "blue"
        case _:
            return "unknown"
print(name(1), name(2), name(3), name(4), name(1.0))
