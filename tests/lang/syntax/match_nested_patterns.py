# Deeply nested pattern combinations.
class Node:
    __match_args__ = ("op", "args")
    def __init__(self, op, args):
        self.op, self.args = op, args
def ev(n):
    match n:
        case int() | float():
            return n
        case Node("+", [a, b]):
            return ev(a) + ev(b)
        case Node("*", [a, b]):
            return ev(a) * ev(b)
        case Node("-", [a]):
            return -ev(a)
        case Node(op, args):
            raise ValueError("bad op %r with %d args" % (op, len(args)))
tree = Node("+", [1, Node("*", [Node("-", [2]), 3.5])])
print(ev(tree))
try:
    ev(Node("/", [1, 2]))
except ValueError as e:
    print(e)
