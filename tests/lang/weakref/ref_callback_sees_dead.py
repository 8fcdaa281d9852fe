# Inside the callback the reference is already dead and is passed as the argument.
import weakref


class O:
    pass


def cb(r):
    print("cb arg is ref:", r is ref, "dead:", r() is None)


o = O()
ref = weakref.ref(o, cb)
del o
print("end")
