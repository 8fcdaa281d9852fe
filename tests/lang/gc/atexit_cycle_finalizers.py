# Finalizers of objects in cycles still reachable at exit run during shutdown.
import atexit


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = N("a")
a.me = a
atexit.register(lambda: print("handler sees", a.name))
print("end")
