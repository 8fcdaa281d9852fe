# At exit: atexit handlers (last registered first), then weakref.finalize, then module finalizers.
import atexit
import weakref


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


atexit.register(print, "atexit first registered")
atexit.register(print, "atexit second registered")
holder = N("module global")
weakref.finalize(holder, print, "finalize of global")
print("end of module")
