# del on a slot empties it; deleting an empty slot raises AttributeError.
class C:
    __slots__ = ('a', 'b')


c = C()
c.a = [1, 2]
del c.a
print(hasattr(c, 'a'))
c.a = 3
print(c.a)
try:
    del c.b
except AttributeError as e:
    print(type(e).__name__, e)
C.a.__delete__(c)
try:
    C.a.__delete__(c)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.nothing
except AttributeError as e:
    print(type(e).__name__, e)
