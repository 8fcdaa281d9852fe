# Proxies to containers: len, items, membership, iteration.
import _weakref


class L(list):
    pass


class D(dict):
    pass


lst = L([3, 1, 2])
p = _weakref.proxy(lst)
print(len(p), p[0], p[-1], 2 in p, 9 in p, list(p), sorted(p))
p[0] = 10
del p[1]
print(lst, p[:])
p.append(4)
print(lst, reversed(p) is not None, list(reversed(p)))
d = D(a=1)
q = _weakref.proxy(d)
q["b"] = 2
print(sorted(q), q["a"], len(q), "b" in q)
del q["a"]
print(d)
try:
    q["zz"]
except KeyError as e:
    print("KeyError:", e)
s = set([1, 2])
ps = _weakref.proxy(s)
print(len(ps), sorted(ps), 1 in ps, ps | {3}, ps & {2})


class B:
    def __bytes__(self):
        return b"bytes!"


b = B()
print(bytes(_weakref.proxy(b)))
