# Dunders assigned on a class after it is created (and after it has
# subclasses) reach the subclasses' behaviour; other dunders stay as they were.
class A:
    def __len__(self):
        return 1


class B(A):
    pass


class C(B):
    def __repr__(self):
        return "C()"


A.__len__ = lambda self: 5
A.__add__ = lambda self, o: ("add", o)
A.__getattr__ = lambda self, n: "dyn " + n
print(len(A()), len(B()), len(C()))
print(B() + 1, C() + 2, repr(C()))
print(C().missing, B().other)

del A.__add__
try:
    C() + 1
except TypeError as e:
    print(type(e).__name__, e)

C.__len__ = lambda self: 9
print(len(A()), len(B()), len(C()))


class Leaf:
    pass


Leaf.__eq__ = lambda self, o: True
Leaf.__hash__ = lambda self: 7
Leaf.__lt__ = lambda self, o: "lt"
print(Leaf() == 3, hash(Leaf()), Leaf() < 1)
Leaf.__call__ = lambda self, *a: a
print(Leaf()(1, 2))
del Leaf.__call__
try:
    Leaf()()
except TypeError as e:
    print(type(e).__name__, e)
