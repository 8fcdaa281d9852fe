# __weakref__ on classes and instances.
import _weakref


class A:
    pass


class B(A):
    pass


class L(list):
    pass


class I(int):
    pass


print("__weakref__" in A.__dict__, "__weakref__" in B.__dict__, "__weakref__" in L.__dict__)
print("__weakref__" in I.__dict__, "__dict__" in I.__dict__)
print(type(A.__dict__["__weakref__"]).__name__)
a = A()
print(a.__weakref__)
r = _weakref.ref(a)
print(a.__weakref__ is r)
r2 = _weakref.ref(a, lambda r: None)
print(a.__weakref__ is r)
try:
    a.__weakref__ = 1
except AttributeError as e:
    print("AttributeError")
b = B()
r3 = _weakref.ref(b, lambda r: None)
print(b.__weakref__ is r3)
print(L().__weakref__)
try:
    I(1).__weakref__
except AttributeError as e:
    print("AttributeError:", e)
print("__weakref__" in dir(A), "__weakref__" in dir(a))
