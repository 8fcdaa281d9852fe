class A: pass
class B(A): pass
class C(B): pass
for v in ((A,), (B,), (C,)):
    pass
try:
    A.__bases__ = (C,)
except TypeError as e:
    print('TypeError', e)
try:
    B.__bases__ = (B,)
except TypeError as e:
    print('TypeError', e)
print([k.__name__ for k in C.__mro__])
A.__bases__ = (B,)
