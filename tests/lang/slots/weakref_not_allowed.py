# Without '__weakref__' in __slots__, weak references are refused.
import weakref


class C:
    __slots__ = ('x',)


try:
    weakref.ref(C())
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.WeakSet().add(C())
except TypeError as e:
    print(type(e).__name__, e)
weakref.proxy(C())
