class A: pass
class C(A): pass
try:
    C.__bases__ = ()
except TypeError as e:
    print('TypeError', e)
print(C.__bases__)
C.__bases__ = ()
