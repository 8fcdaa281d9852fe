class A: pass
class B: pass
class C(A): pass
for v in ([B], B, None, 'B'):
    try:
        C.__bases__ = v
    except TypeError as e:
        print('TypeError', e)
print(C.__bases__)
