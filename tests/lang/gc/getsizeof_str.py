# sys.getsizeof of str (ASCII, Latin-1, UCS-2, UCS-4 storage) and bytes.
import sys

for s in ["", "a", "abc", "a" * 100, "\xe9", "\xe9\xe9", "caf\xe9", "\u20ac", "\u20ac\u20ac",
          "x\u20ac", "\U0001f600", "\U0001f600a", chr(0x10FFFF) * 3]:
    print(len(s), sys.getsizeof(s), s.__sizeof__())
for b in [b"", b"a", b"abc", bytes(100)]:
    print(len(b), sys.getsizeof(b), b.__sizeof__())
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")))


class S(str):
    pass


class B(bytes):
    pass


print(sys.getsizeof(S("ab")), S("ab").__sizeof__(), sys.getsizeof(S("\u20ac")))
print(sys.getsizeof(B(b"ab")), B(b"ab").__sizeof__())
