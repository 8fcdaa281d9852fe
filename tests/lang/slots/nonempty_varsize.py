# Variable-size builtins (int, tuple, bytes, type) take no nonempty __slots__.
for base in (int, tuple, bytes, type, bool.__base__):
    try:
        class C(base):
            __slots__ = ('a',)
        print(base.__name__, 'ok')
    except TypeError as e:
        print(type(e).__name__, e)
for base in (str, float, list, dict, complex, set):
    class C(base):
        __slots__ = ('a',)
    c = C()
    c.a = base.__name__
    print(c.a, type(c).__mro__[1].__name__)


class I(int):
    __slots__ = ()


print(I(5) + 1, hasattr(I(5), '__dict__'))
class T(tuple):
    __slots__ = ('__dict__',)
