# Untracked objects (ints, strings, atomic tuples) are not in gc.get_objects().
import gc

gc.collect()
s = "a unique string " + str(12345)
n = 10 ** 30
t = (1, 2, 3)
lst = [s]
objs = gc.get_objects()
print(any(o is s for o in objs))
print(any(o is n for o in objs))
print(any(o is t for o in objs))
print(any(o is lst for o in objs))
