# Two bases that each add slots cannot be combined.
class A:
    __slots__ = ('a',)


class B:
    __slots__ = ('b',)


class Empty:
    __slots__ = ()


class AB(A, Empty):
    pass


print(AB.__mro__[1].__name__, hasattr(AB(), '__dict__'))
for bases in [(A, B), (AB, B), (A, int), (list, A)]:
    try:
        type('X', bases, {})
    except TypeError as e:
        print(type(e).__name__, e)


class Sub(A):
    __slots__ = ('s',)


class Both(Sub, A):
    pass


print([k.__name__ for k in Both.__mro__])
class Bad(Sub, B):
    pass
