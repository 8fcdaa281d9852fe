# A class with __slots__ has no per-instance __dict__ and no weak references.
class C:
    __slots__ = ('a',)


c = C()
print(hasattr(c, '__dict__'), '__dict__' in C.__dict__, '__weakref__' in C.__dict__)
try:
    c.b = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(c)
except TypeError as e:
    print(type(e).__name__, e)
