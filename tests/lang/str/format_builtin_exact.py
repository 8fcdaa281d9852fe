# format() and str.format of int, float and str values and of subclasses
# that override __format__ (which must still be called).
class F(float):
    def __format__(self, spec):
        return "F<" + spec + ">"


class I(int):
    def __format__(self, spec):
        return "I<" + spec + ">"


class S(str):
    pass


class B(int):
    def __str__(self):
        return "B!"


print(format(1.5, ".2f"), format(7, "05d"), format("ab", "^6"), format(2.5), format(3))
print(format(F(1.5), ".2f"), format(I(3), "x"), format(S("q"), ">3"), format(B(4)), format(B(4), "d"))
print("{:.3f}|{:>4}|{:x}|{}".format(2.0 / 3, "z", 255, 1e100))
print("{a:.2f} {b:,} {c!r:>6}".format(a=0.125, b=1234567, c="s"))
print(f"{F(2.0):g} {I(1):5} {True} {True:d} {None!s:>5}")
for spec in [5, None]:
    try:
        print(format(1.0, spec))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    format(3, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("x", "d")
except ValueError as e:
    print(type(e).__name__, e)
print(float.__format__(1.25, ".1f"), int.__format__(5, "b"), str.__format__("a", "3"))
try:
    int.__format__(5, 3)
except TypeError as e:
    print(type(e).__name__, e)
