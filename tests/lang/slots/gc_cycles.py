# Reference cycles through slots are found and collected by the cycle collector.
import gc

deleted = []


class Node:
    __slots__ = ('other', 'name', 'items')

    def __init__(self, name):
        self.name = name

    def __del__(self):
        deleted.append(self.name)


gc.collect()
a, b = Node('a'), Node('b')
a.other, b.other = b, a
a.items = [a, b]
del a, b
print(gc.collect() >= 2, sorted(deleted))


class Holder:
    __slots__ = ('ref',)


deleted.clear()
h = Holder()
n = Node('n')
n.other = h
h.ref = n
del h, n
gc.collect()
print(deleted)
gc.collect()
print(gc.garbage)
