# Proxies forward attribute access and method calls to the referent.
import _weakref
from _wrutil import mask


class A:
    cls_attr = "class attribute"

    def __init__(self):
        self.x = 1

    def hello(self, name):
        return "hello " + name


a = A()
p = _weakref.proxy(a)
print(type(p).__name__, type(p) is _weakref.ProxyType)
print(p.x, p.cls_attr, p.hello("world"))
p.y = 2
print(a.y)
del p.x
print(hasattr(a, "x"), hasattr(p, "x"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(p.__class__ is A, isinstance(p, A))
print(mask(repr(p)))
print(mask(str(p)))
print(_weakref.proxy(a) is p, _weakref.proxy(a, lambda r: None) is p)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:

    class Sub(_weakref.ProxyType):
        pass

except TypeError as e:
    print("TypeError:", e)
print(_weakref.getweakrefcount(a))
