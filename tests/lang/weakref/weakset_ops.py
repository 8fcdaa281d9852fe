# weakref.WeakSet behaves like a set of live objects.
import weakref


class E:
    def __init__(self, n):
        self.n = n


items = [E(i) for i in range(4)]
s = weakref.WeakSet(items[:3])
print(len(s), items[0] in s, items[3] in s)
s.add(items[3])
s.discard(items[0])
print(sorted(e.n for e in s))
s.remove(items[1])
try:
    s.remove(items[1])
except KeyError:
    print("KeyError")
del items[2]
print(sorted(e.n for e in s))
print(s.pop() is items[2], len(s))
print(1 in s)
