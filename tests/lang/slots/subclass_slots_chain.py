# Each class in a chain adds its own slots; all of them work on the leaf.
class A:
    __slots__ = ('a',)


class B(A):
    __slots__ = ('b',)


class C(B):
    __slots__ = ('c1', 'c2')


c = C()
c.a, c.b, c.c1, c.c2 = 1, 2, 3, 4
print(c.a, c.b, c.c1, c.c2)
print(hasattr(c, '__dict__'))
print([sorted(k for k in K.__dict__ if not k.startswith('__')) for K in (A, B, C)])
print(A.__basicsize__ < B.__basicsize__ < C.__basicsize__)
print(C.__basicsize__ - A.__basicsize__)
try:
    c.d = 5
except AttributeError as e:
    print(e)
