# raise, raise X from Y, raise from None, bare re-raise.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)
def a(): raise ValueError
def b(): raise ValueError("msg") from KeyError("cause")
def c():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("hidden") from None
def d():
    try:
        raise OSError("inner")
    except OSError:
        raise
for fn in (a, b, c, d):
    show(fn)
