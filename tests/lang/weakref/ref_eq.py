# Equality: live refs compare their referents; a dead ref equals only itself.
import _weakref


class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq called")
        return isinstance(other, P) and self.v == other.v

    __hash__ = object.__hash__


a, b, c = P(1), P(1), P(2)
ra, rb, rc = _weakref.ref(a), _weakref.ref(b), _weakref.ref(c)
print(ra == rb)
print(ra != rc)
print(ra == ra)
print(ra == a, ra.__eq__(a), ra.__ne__(1))
del a
print(ra == rb, ra == ra, ra != rb)
try:
    rb < rc
except TypeError as e:
    print("TypeError:", e)
