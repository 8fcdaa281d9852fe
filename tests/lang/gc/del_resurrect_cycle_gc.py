# A cyclic object resurrected by __del__ survives collection.
import gc

survivors = []


class R:
    def __del__(self):
        print("del", self.name)
        survivors.append(self)


r = R()
r.name = "cyc"
r.self = r
del r
gc.collect()
print(len(survivors), survivors[0].name, survivors[0].self is survivors[0])
print(gc.garbage)
survivors.clear()
print(gc.collect() >= 1)
print("end")
