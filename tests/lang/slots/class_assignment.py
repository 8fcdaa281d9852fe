# __class__ may change between classes with the same slots layout only.
class A:
    __slots__ = ('x',)


class B:
    __slots__ = ('x',)


class C:
    __slots__ = ('x', 'y')


class D:
    pass


a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.x)
for target in (C, D):
    try:
        a.__class__ = target
    except TypeError as e:
        print(type(e).__name__, e)
