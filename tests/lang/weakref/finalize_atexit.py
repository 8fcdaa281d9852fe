# Live finalize objects run at interpreter exit unless atexit is False.
import weakref


class O:
    pass


keep1 = O()
keep2 = O()
weakref.finalize(keep1, print, "finalize at exit 1")
f = weakref.finalize(keep2, print, "not at exit")
f.atexit = False
weakref.finalize(O(), print, "dies immediately")
print("end of module")
