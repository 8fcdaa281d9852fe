# __get__ receives (instance, owner) or (None, owner) for class access
class Show:
    def __get__(self, obj, owner=None):
        return (type(obj).__name__, owner.__name__ if owner else None)
class A:
    s = Show()
class B(A): pass
print(A().s, A.s, B().s, B.s)
print(A.__dict__['s'].__get__(None, A), Show().__get__(1))
print(type(A.__dict__['s']).__name__)
import types
f = lambda self: self
print(f.__get__(5)(), f.__get__(None, int) is f)
print(types.MethodType(f, 'x')())
