# Subclasses of a class whose __bases__ changes get their MRO recomputed too.
class A:
    x = 'A'
class B:
    x = 'B'
    y = 'By'
class C(A): pass
class D(C): pass
class E(D): pass
print([k.__name__ for k in E.__mro__], E.x)
C.__bases__ = (B,)
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in E.__mro__], E.x, E().y)
