# Class attributes: __dict__, __bases__, __name__ changes, vars()
class A:
    x = 1
    def f(self): pass
print(sorted(k for k in A.__dict__ if not k.startswith('__')), '__dict__' in A.__dict__, '__weakref__' in A.__dict__)
print(type(A.__dict__).__name__ in ('mappingproxy', 'dict'), A.__dict__['x'])
class B: y = 2
class C(A): pass
print(C.__bases__, C.__mro__, hasattr(C, 'x'), C.__base__)
A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__)
try:
    A.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(e)
