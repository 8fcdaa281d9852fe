# Multiple inheritance: left-to-right lookup through the MRO
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
    def only_b(self): return 'only B'
class C(A, B): pass
class D(B, A): pass
print(C().who(), D().who(), C().only_b())
print([k.__name__ for k in C.__mro__])
print([k.__name__ for k in D.__mro__])
print(C.__bases__)
