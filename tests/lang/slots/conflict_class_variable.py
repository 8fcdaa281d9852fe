# A slot name that is also a class attribute is refused.
try:
    class C:
        __slots__ = ('a', 'b')
        b = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class D:
        __slots__ = ('__p',)
        _D__p = 0
except ValueError as e:
    print(type(e).__name__, e)


class E:
    __slots__ = ('m',)
    def m(self):
        pass
