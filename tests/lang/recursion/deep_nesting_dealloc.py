# Containers nested 100,000 deep: repr and == stop with RecursionError, and
# freeing the chains must not recurse once per level in C (the trashcan).
N = 100000

l = []
for i in range(N):
    l = [l]
try:
    repr(l)
except RecursionError:
    print("repr: RecursionError")
m = []
for i in range(N):
    m = [m]
try:
    l == m
except RecursionError:
    print("==: RecursionError")
del l, m

d = {}
for i in range(N):
    d = {"k": d}
del d

s = frozenset()
for i in range(N):
    s = frozenset([s])
del s


class Node:
    pass


a = None
for i in range(N):
    b = Node()
    b.next = a
    a = b
del a, b

it = None
for i in range(N):
    it = iter([it])
del it

e = None
for i in range(N):
    e = ValueError(e)
del e
print("freed")
