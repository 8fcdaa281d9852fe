# weakref.finalize runs its callback once when the object dies.
import weakref


class O:
    pass


o = O()
f = weakref.finalize(o, print, "finalized", 1, sep="-")
print(f.alive, f.peek()[0] is o, f.atexit)
del o
print(f.alive, f.peek(), f.detach())
o2 = O()
f2 = weakref.finalize(o2, lambda: "value")
print(f2(), f2(), f2.alive)
