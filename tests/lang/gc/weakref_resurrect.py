# A finalizer may resurrect cyclic garbage, but its weak references are
# already dead (cleared before finalizers run), as in CPython.
import _weakref
import gc

saved = []


class R:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)


r = R()
r.me = r
wr = _weakref.ref(r, lambda x: print("callback"))
del r
gc.collect()
print(len(saved), wr(), saved[0].me is saved[0])
# A new weak reference to the resurrected object works.
wr2 = _weakref.ref(saved[0], lambda x: print("second callback"))
print(wr2() is saved[0])
saved[0].me = None
saved.clear()
print(wr2())
