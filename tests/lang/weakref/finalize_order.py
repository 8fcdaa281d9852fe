# Several finalizers on one object run in reverse order of creation at exit, in order when dying.
import weakref


class O:
    pass


o = O()
for i in range(3):
    weakref.finalize(o, print, "die", i)
del o
k = O()
for i in range(3):
    weakref.finalize(k, print, "exit", i)
print("end")
