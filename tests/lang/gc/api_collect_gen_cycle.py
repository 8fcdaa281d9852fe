# A fresh cycle lives in generation 0 and is found by collect(0).
import gc

gc.collect()
gc.disable()


class Node:
    pass


a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect(0))
print(gc.collect(0))
gc.enable()
