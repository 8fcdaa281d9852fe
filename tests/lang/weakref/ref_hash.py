# hash(ref) is the referent's hash, computed once and kept after death.
import _weakref


class K:
    def __init__(self, h):
        self.h = h
        self.calls = 0

    def __hash__(self):
        self.calls += 1
        return self.h


k = K(12345)
r = _weakref.ref(k, lambda x: None)
print(hash(r), hash(r), k.calls)
d = {r: "v"}
print(d[r])
del k
print(hash(r))
k2 = K(7)
r2 = _weakref.ref(k2, lambda x: None)
del k2
try:
    hash(r2)
except TypeError as e:
    print("TypeError:", e)


class U:
    __hash__ = None


u = U()
try:
    hash(_weakref.ref(u))
except TypeError as e:
    print("TypeError:", e)
print(hash(_weakref.ref(U)) == hash(U))
