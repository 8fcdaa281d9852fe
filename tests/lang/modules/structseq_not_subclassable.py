import time, sys
for t in (time.struct_time, type(sys.version_info), bool):
    try:
        class X(t):
            pass
    except TypeError as e:
        print(e)
st = time.struct_time
print(st.__name__, st.__module__ if hasattr(st, '__module__') else None, st.__mro__)
