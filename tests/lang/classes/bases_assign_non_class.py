class A: pass
class C(A): pass
for v in ((1,), (A, 'x'), (A, None)):
    try:
        C.__bases__ = v
    except TypeError as e:
        print('TypeError', e)
print([k.__name__ for k in C.__mro__])
