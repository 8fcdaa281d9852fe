# __callback__ is the callback or None; it is dropped once it has run.
import _weakref


class A:
    pass


def cb(r):
    print("cb sees __callback__", r.__callback__)


a = A()
r0 = _weakref.ref(a)
r1 = _weakref.ref(a, cb)
print(r0.__callback__, r1.__callback__ is cb)
try:
    r1.__callback__ = None
except AttributeError as e:
    print("AttributeError")
del a
print(r1.__callback__)
