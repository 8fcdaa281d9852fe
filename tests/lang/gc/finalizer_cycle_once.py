# PEP 442: objects in a cycle with __del__ are finalized once, then freed.
import gc

count = 0


class Node:
    def __del__(self):
        global count
        count += 1


a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect() >= 2)
print(count)
gc.collect()
print(count, gc.garbage)
