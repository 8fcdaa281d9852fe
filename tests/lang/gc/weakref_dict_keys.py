# Weak references as dict keys survive the death of their referents (their
# hash was computed while alive), as WeakKeyDictionary relies on.
import _weakref
import gc


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n


data = {}


def remove(r):
    del data[r]
    print("removed a key, left:", len(data))


keys = [K(i) for i in range(3)]
for k in keys:
    data[_weakref.ref(k, remove)] = k.n * 10
print(len(data), data[_weakref.ref(keys[1])])
probe = K(1)
print(_weakref.ref(probe) in data)
del probe
del keys[0]
keys[0].cycle = keys[0]
del keys[0]
gc.collect()
print(sorted(data.values()))
