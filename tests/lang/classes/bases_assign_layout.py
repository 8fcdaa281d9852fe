# The new base must lay out instances like the old one.
class A: pass
class B: pass
class C(A): pass
for v in ((int,), (object,), (list,), (Exception,)):
    try:
        C.__bases__ = v
    except TypeError as e:
        print('TypeError', e)
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x',)
class S3:
    __slots__ = ('y',)
class D(S1): pass
D.__bases__ = (S2,)
print(D.__bases__[0].__name__)
try:
    D.__bases__ = (S3,)
except TypeError as e:
    print('TypeError', e)
class I(int): pass
class J(int): pass
class K(I): pass
K.__bases__ = (J,)
print(K(5) + 1, [k.__name__ for k in K.__mro__])
K.__bases__ = (str,)
