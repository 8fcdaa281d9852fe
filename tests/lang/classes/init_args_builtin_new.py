# Calling a class passes the arguments to __new__ and __init__: builtin types
# that make instances in __new__ accept them, object() and classes without
# __new__ reject them, subclasses see their own __init__ called.
print(str(12), str(b"ab", "ascii"), int("7f", 16), float("1.5"), tuple("ab"), frozenset([1]))
print(str(-345), str(0), str(9), str(10**20), str(True), repr(-2**63))


class S(str):
    def __init__(self, *args):
        self.seen = args


s = S("xy")
print(s, s.seen)


class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)


print(type(OnlyNew(1, 2)).__name__)


class OnlyInit:
    def __init__(self, a):
        self.a = a


print(OnlyInit(5).a)
for make in [lambda: object(1), lambda: object(x=1), lambda: OnlyInit(), lambda: type("E", (), {})(1),
             lambda: str(1, 2, 3, 4), lambda: int(x=3)]:
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)


class N(int):
    pass


print(N(5) + 1, N("12"))
