# Unreachable cycles left at exit are not finalized before atexit handlers run.
import atexit
import gc

gc.disable()


class N:
    def __del__(self):
        print("del cyc")


c = N()
c.me = c
del c
atexit.register(print, "handler")
print("end")
