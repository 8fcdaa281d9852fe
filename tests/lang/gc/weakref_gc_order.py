# Callback order in the collector: all references are dead before the first
# callback runs; for one object, the most recent reference first.
import _weakref
import gc


class A:
    def __init__(self, n):
        self.n = n


log = []


def mk(name):
    def cb(r):
        log.append((name, r() is None))

    return cb


a = A(1)
a.cycle = a
keep = [_weakref.ref(a, mk("a%d" % i)) for i in range(4)]
del a
gc.collect()
print(log)
