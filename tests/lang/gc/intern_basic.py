# sys.intern returns one canonical object for equal strings.
import sys

a = "".join(["hello", " ", "world", "!"])
b = "".join(["hello ", "world!"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia is a)
print(sys.intern(ia) is ia)
try:
    sys.intern(1)
except TypeError as e:
    print("TypeError", e)


class S(str):
    pass


try:
    sys.intern(S("x"))
except TypeError as e:
    print("TypeError", e)
