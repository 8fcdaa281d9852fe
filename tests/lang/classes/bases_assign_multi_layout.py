class A: pass
class C(A): pass
try:
    C.__bases__ = (dict, list)
except TypeError as e:
    print('TypeError', e)
try:
    C.__bases__ = (bool,)
except TypeError as e:
    print('TypeError', e)
print(C.__bases__)
