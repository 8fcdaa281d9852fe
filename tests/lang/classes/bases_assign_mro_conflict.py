# An assignment whose MRO cannot be made leaves everything as it was.
class X: pass
class Y(X): pass
class C(X): pass
class D(C): pass
try:
    C.__bases__ = (X, Y)
except TypeError as e:
    print('TypeError', e)
print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])
print(C.__bases__, C in X.__subclasses__())
try:
    C.__bases__ = (X, X)
except TypeError as e:
    print('TypeError', e)
print(C.__bases__)
