# locale.Error and the argument errors of _locale.
import _locale as L
print(L.Error.__name__, L.Error.__module__, L.Error.__mro__[1:])
tests = [
    lambda: L.setlocale(99, "C"),
    lambda: L.setlocale(-1, "C"),
    lambda: L.setlocale(L.LC_ALL, "xx_YY"),
    lambda: L.setlocale(L.LC_TIME, "klingon"),
    lambda: L.setlocale("a"),
    lambda: L.setlocale(L.LC_ALL, 5),
    lambda: L.setlocale(),
    lambda: L.nl_langinfo(9999),
    lambda: L.nl_langinfo("x"),
    lambda: L.strcoll(1, "a"),
    lambda: L.strcoll("a", 1),
    lambda: L.strcoll("a"),
    lambda: L.strxfrm(1),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    L.setlocale(L.LC_ALL, "de_DE.nope")
except L.Error as e:
    print("caught locale.Error:", e, isinstance(e, Exception))
print(L.setlocale(L.LC_NUMERIC))
