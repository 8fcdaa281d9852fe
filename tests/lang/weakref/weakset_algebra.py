# WeakSet union, intersection, difference and comparisons.
import weakref


class E:
    def __init__(self, n):
        self.n = n


e = [E(i) for i in range(5)]
a = weakref.WeakSet(e[:3])
b = weakref.WeakSet(e[2:])


def ns(s):
    return sorted(x.n for x in s)


print(ns(a | b), ns(a & b), ns(a - b), ns(a ^ b))
print(type(a | b).__name__)
print(a <= weakref.WeakSet(e), a == weakref.WeakSet(e[:3]), a.isdisjoint(b))
c = a.copy()
c -= b
print(ns(c))
c |= b
print(ns(c))
