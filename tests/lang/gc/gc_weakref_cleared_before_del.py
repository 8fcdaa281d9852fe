# In a collected cycle, weak references are cleared before __del__ runs.
import gc
import weakref


class N:
    def __del__(self):
        print("del: weakref is", wr())


n = N()
n.me = n
wr = weakref.ref(n)
del n
gc.collect()
print(wr())
