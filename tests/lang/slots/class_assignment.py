# __class__ may change between classes with the same slots layout only.
class A:
    __slots__ = ('x',)


class B:
    __slots__ = ('x',)


class Other:
    __slots__ = ('y',)


class C:
    __slots__ = ('x', 'y')


class D:
    pass


class SubA(A):
    __slots__ = ()


class WithDict(A):
    pass


class DictSlot:
    __slots__ = ('x', '__dict__')


a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.x)
a.__class__ = A
a.__class__ = SubA
print(type(a).__name__, a.x)
for target in (Other, C, D, WithDict):
    try:
        a.__class__ = target
    except TypeError as e:
        print(type(e).__name__, e)
w = WithDict()
try:
    w.__class__ = DictSlot
except TypeError as e:
    print(type(e).__name__, e)
