for t in (int, object, list):
    try:
        t.__bases__ = (object,)
    except TypeError as e:
        print('TypeError', e)
try:
    del int.__bases__
except TypeError as e:
    print('TypeError', e)
class C: pass
try:
    del C.__bases__
except TypeError as e:
    print('TypeError', e)
print(C.__bases__)
