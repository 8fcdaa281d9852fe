# class statements with several bases, MRO order.
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print(D.__bases__ == (B, C))
class E(): pass
print(E.__bases__ == (object,))
bases = (B,)
class F(*bases, C): pass
print([k.__name__ for k in F.__mro__])
