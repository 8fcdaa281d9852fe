# Freeing very deep structures must not overflow the C stack (the trashcan).
t = None
for i in range(100000):
    t = (t,)
del t
l = []
for i in range(100000):
    l = [l]
del l
d = {}
for i in range(100000):
    d = {"d": d}
del d


class Node:
    pass


n = None
for i in range(100000):
    m = Node()
    m.next = n
    n = m
del n, m
f = None
for i in range(100000):
    g = lambda: 0
    g.prev = f
    f = g
del f, g
s = frozenset()
for i in range(100000):
    s = frozenset([s])
del s
print("freed")
