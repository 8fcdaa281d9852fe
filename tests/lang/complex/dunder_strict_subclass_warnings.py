# __complex__/__int__/__index__/__float__ returning a strict subclass, and
# int() through __trunc__: CPython 3.11's DeprecationWarnings and exact results
import warnings


class S(complex):
    pass


class G(float):
    pass


class C:
    def __complex__(self):
        return S(3, 4)


class I:
    def __int__(self):
        return True

    def __index__(self):
        return False


class F:
    def __float__(self):
        return G(2.5)


class T:
    def __trunc__(self):
        return 4


cases = [lambda: complex(C()), lambda: int(I()), lambda: [1, 2][I()], lambda: float(F()), lambda: int(T()),
         lambda: complex(S(1, 2)), lambda: S(S(1, 2)), lambda: complex(S(1, 2), 1)]
for f in cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = f()
    print(repr(r), type(r).__name__, [(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    for f in cases[:5]:
        try:
            print(f())
        except DeprecationWarning as e:
            print('error:', str(e)[:60])
