# Monkey patching: methods added/replaced on a class reach existing instances and subclasses
class A:
    def greet(self): return 'hello'
class B(A): pass
a, b = A(), B()
A.greet = lambda self: 'patched'
print(a.greet(), b.greet())
def extra(self, n): return f'extra {n} on {type(self).__name__}'
A.extra = extra
print(a.extra(1), b.extra(2))
B.greet = lambda self: 'B override'
print(a.greet(), b.greet())
del B.greet
print(b.greet())
A.__len__ = lambda self: 7
print(len(a), len(b))
A.__repr__ = lambda self: '<patched repr>'
print(repr(a), [b])
del A.__len__
try:
    len(a)
except TypeError as e:
    print(e)
A.__add__ = lambda self, o: 'added'
print(a + 1, b + 2)
