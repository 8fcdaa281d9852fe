# A callable referent gets a CallableProxyType proxy, which forwards calls.
import _weakref


def add(a, b=10, *, c=0):
    return a + b + c


p = _weakref.proxy(add)
print(type(p).__name__, type(p) is _weakref.CallableProxyType)
print(p(1), p(1, 2), p(1, c=5), p.__name__)


class C:
    def __call__(self, *args, **kw):
        return ("called", args, sorted(kw.items()))


c = C()
pc = _weakref.proxy(c)
print(type(pc).__name__, pc(1, x=2))


class NotCallable:
    pass


nc = NotCallable()
pn = _weakref.proxy(nc)
print(type(pn).__name__)
try:
    pn()
except TypeError as e:
    print("TypeError:", e)
print(callable(pc), callable(pn))
try:
    hash(pc)
except TypeError as e:
    print("TypeError:", e)
print(_weakref.proxy(C) is not None, _weakref.proxy(C)().__class__ is C)
del c
try:
    pc()
except ReferenceError as e:
    print("ReferenceError:", e)
