# Resurrection from a finalizer in a cycle: the object survives, finalized once.
import gc

saved = []


class R:
    def __del__(self):
        print("finalizing", self.name)
        saved.append(self)


r = R()
r.name = "r"
r.self = r
del r
gc.collect()
print(len(saved), saved[0].name)
s = saved.pop()
del s
gc.collect()
print(len(saved))
print(gc.garbage)
