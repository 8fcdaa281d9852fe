# Functions become bound methods on instance access; equality and identity
class C:
    def m(self): return self
c = C()
b1, b2 = c.m, c.m
print(b1 == b2, b1 is b2, b1() is c, b1.__self__ is c, b1.__func__ is C.m)
print(C.m(c) is c, type(C.m).__name__, type(c.m).__name__)
print(c.m.__name__, c.m.__qualname__, c.m.__doc__)
c.attr = lambda: 'no binding for instance attrs'
print(c.attr())
C.late = lambda self: ('bound late', self is c)
print(c.late())
try:
    C.m()
except TypeError as e:
    print(e)
try:
    c.m(1)
except TypeError as e:
    print(e)
try:
    c.m.x = 1
except AttributeError as e:
    print(e)
