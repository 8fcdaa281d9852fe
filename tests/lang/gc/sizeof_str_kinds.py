# sys.getsizeof of ASCII, Latin-1, UCS-2 and UCS-4 strings.
import sys

for base in ("a", "\xe9", "\u20ac", "\U0001f600"):
    print([sys.getsizeof(base * n) for n in (0, 1, 2, 10, 100)])
print(sys.getsizeof("a" + "\u20ac"), sys.getsizeof("a" + "\U0001f600"))
