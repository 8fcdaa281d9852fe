# operator (bundled; the pure-Python functions, as there is no _operator yet).
import operator

print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(4), operator.not_(0), operator.truth([]), operator.is_(None, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
get = operator.itemgetter(1, 0)
print(get("xy"), operator.itemgetter("k")({"k": 9}))
class P:
    def __init__(self): self.x, self.child = 1, None
p = P(); p.child = P(); p.child.x = 5
print(operator.attrgetter("x")(p), operator.attrgetter("child.x", "x")(p))
print(operator.methodcaller("split", ",")("a,b"), operator.methodcaller("count", "a")("banana"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 10); operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.length_hint(iter(range(4))))
print(operator.iadd([1], [2]), operator.ipow(2, 10), operator.matmul.__name__)
print(sorted([("b", 2), ("a", 3)], key=operator.itemgetter(1), reverse=True))
print(operator.index(7), operator.abs(-2), operator.concat([1], [2]), operator.lt(1, 2), operator.xor(6, 3))
