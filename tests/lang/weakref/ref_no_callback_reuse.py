# weakref.ref without a callback is shared; with a callback it is a new object.
import weakref


class O:
    pass


o = O()
r1 = weakref.ref(o)
r2 = weakref.ref(o)
r3 = weakref.ref(o, lambda r: None)
print(r1 is r2, r1 is r3, r1 == r3)
print(weakref.getweakrefcount(o))
print(weakref.getweakrefs(o)[0] is r1)
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
print(p1 is p2, weakref.getweakrefcount(o))
