# Classes with __slots__ need "__weakref__" in their slots to be weakly referenceable.
import weakref


class NoWeak:
    __slots__ = ("a",)


class WithWeak:
    __slots__ = ("a", "__weakref__")


try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError", e)
w = WithWeak()
r = weakref.ref(w)
print(r() is w, w.__weakref__ is r)
print(hasattr(NoWeak(), "__weakref__"))
del w
print(r())
