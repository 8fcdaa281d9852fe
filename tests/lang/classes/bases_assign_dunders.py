# Dunder methods inherited through new bases take effect (slots re-derived).
class A:
    def __repr__(self): return 'A-repr'
    def __len__(self): return 1
class B:
    def __repr__(self): return 'B-repr'
    def __len__(self): return 2
    def __add__(self, o): return 'B-add'
class C(A): pass
class D(C): pass
c, d = C(), D()
print(repr(c), len(c), repr(d), len(d))
C.__bases__ = (B,)
print(repr(c), len(c), repr(d), len(d), d + 1)
try:
    C.__bases__ = (A,)
    print(c + 1)
except TypeError as e:
    print('TypeError', e)
