# super(type, obj) and super(type, type2) skip along the MRO of obj
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B'
class C(B):
    def who(self): return 'C'
c = C()
print(super(C, c).who(), super(B, c).who())
print(super(C, C).who(c))
s = super(B, c)
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(repr(super(B, c)).startswith("<super: <class 'B'>, <C object"))
print(repr(super(B)))
try:
    super(A, c).who()
except AttributeError as e:
    print(e)
