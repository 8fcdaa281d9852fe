import copy, pickle, types
class S(set): pass
s = S([3])
print(s.__reduce__(), frozenset([2]).__reduce__(), set().__reduce__())
s.tag = "t"
print(s.__reduce__())
c = copy.deepcopy(s)
print(type(c).__name__, c, c.tag)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([(1, 2)])), pickle.loads(pickle.dumps(S([5]))))
ns = types.SimpleNamespace(a=[1], b=2)
print(ns.__reduce__(), copy.deepcopy(ns), pickle.loads(pickle.dumps(ns)) == ns)
class NS(types.SimpleNamespace): pass
n = copy.copy(NS(q=1))
print(type(n).__name__, n)
