# Module globals with __del__ are finalized at exit, after atexit handlers.
import atexit


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


g = N("global")
atexit.register(print, "atexit handler")
print("end of module")
