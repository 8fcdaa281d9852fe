# gc.collect finalizes every object of a cycle, then frees them.
import gc

log = []


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


a = N("a")
b = N("b")
c = N("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print(gc.collect() >= 3)
print(sorted(log))
