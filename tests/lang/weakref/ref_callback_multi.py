# Callbacks of several weak references run most recent first.
import weakref


class O:
    pass


o = O()
refs = [weakref.ref(o, lambda r, i=i: print("callback", i)) for i in range(4)]
print(weakref.getweakrefcount(o))
del o
print("after", [r() for r in refs])
