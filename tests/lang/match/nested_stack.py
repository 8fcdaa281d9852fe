# Deeply nested patterns that keep several items on the stack while names are
# captured: or-patterns reordering captures, **rest and class patterns inside
# sequences, and failures at every depth.
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def f(v):
    match v:
        case [q, ([a, b] | (b, a, _)), {"k": Pt(c, y=d), **rest}, *tail] if len(tail) < 2:
            return ("A", q, a, b, c, d, rest, tail)
        case [q, [a, b] | (b, a, _), *_, {"z": [*zs]} | {"w": [*zs]}]:
            return ("B", q, a, b, zs)
        case (Pt(Pt(a, b), Pt(c, d)) | Pt(Pt(c, d), b=a, y=Pt(b, _))) as whole:
            return ("C", a, b, c, d, type(whole).__name__)
        case {"n": {"m": [x, {"deep": ([y] | y)}]}}:
            return ("D", x, y)
        case _:
            return "none"

tests = [
    [0, [1, 2], {"k": Pt(3, 4), "e": 5}],
    [0, (2, 1, 9), {"k": Pt(3, 4)}, "t"],
    [0, (2, 1, 9), {"k": Pt(3, 4)}, "t", "u"],
    [0, [1, 2], {"k": 3}, {"z": [7, 8]}],
    [0, [1, 2], "x", {"w": (9,)}],
    [0, [1, 2], {"w": "no"}],
    Pt(Pt(1, 2), Pt(3, 4)),
    Pt(Pt(1, 2), 5),
    {"n": {"m": [1, {"deep": 2}]}},
    {"n": {"m": [1, {"deep": [3]}]}},
    {"n": {"m": [1, {"deep": []}]}},
]
for t in tests:
    print(f(t))
