# A file caught in a reference cycle is flushed when the collector frees it.
import gc
P = "/tmp/krait_io_gc_cycle_flush.txt"
f = open(P, "w")
f.write("cyclic data")
f.me = f
del f
print(repr(open(P).read()))
gc.collect()
print(repr(open(P).read()))
# (A file merely referenced from a cycle is finalized together with its raw
# FileIO in CPython, in no fixed order, so its buffered bytes may be lost.)
