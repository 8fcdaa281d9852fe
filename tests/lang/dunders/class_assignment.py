# Assigning __class__ between compatible classes, and its errors
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
for bad in (int, 5, object):
    try:
        a.__class__ = bad
    except TypeError as e:
        print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
try:
    del a.__class__
except TypeError as e:
    print(e)
class L(list): pass
class L2(list): pass
x = L([1])
x.__class__ = L2
print(type(x).__name__, x)
try:
    x.__class__ = A
except TypeError as e:
    print(e)
