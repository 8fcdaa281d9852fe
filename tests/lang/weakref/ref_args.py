# Argument errors of the _weakref functions.
import _weakref
from _wrutil import show


class A:
    pass


a = A()
show(_weakref.ref)
show(_weakref.ref, a, None, 3)
show(lambda: _weakref.ref(a, callback=None))
show(_weakref.proxy)
show(_weakref.proxy, a, None, 3)
show(_weakref.getweakrefcount)
show(_weakref.getweakrefs)
show(_weakref._remove_dead_weakref, 1, 2)
show(_weakref._remove_dead_weakref, {})
show(_weakref._remove_dead_weakref, {1: 2}, 1)
r = _weakref.ref(a)
show(r, 1)
show(lambda: r(x=1))
show(lambda: type(_weakref.ref(a, 5)).__name__)
show(lambda: _weakref.ref(a, 5)() is a)
