# Assigning __bases__ recomputes the MRO and moves the class between subclass lists.
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
class C(A): pass
c = C()
print(c.who(), [k.__name__ for k in C.__mro__])
C.__bases__ = (B,)
print(c.who(), [k.__name__ for k in C.__mro__])
print(C.__base__.__name__, A.__subclasses__(), [k.__name__ for k in B.__subclasses__()])
print(isinstance(c, A), isinstance(c, B), issubclass(C, B))
C.__bases__ = (A, B)
print(c.who(), [k.__name__ for k in C.__mro__])
