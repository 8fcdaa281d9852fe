import itertools as it, pickle, copy
c = it.count(3, 2); next(c)
print(c.__reduce__(), it.count().__reduce__(), it.count(1.5).__reduce__(), it.count(2 ** 70).__reduce__())
print(it.repeat("a", 3).__reduce__(), it.repeat("a").__reduce__())
r = it.repeat(1, 1); next(r)
print(r.__reduce__(), list(pickle.loads(pickle.dumps(it.repeat("x", 2)))))
p = pickle.loads(pickle.dumps(it.count(10, 5)))
print(next(p), next(p), p)
print(copy.deepcopy(it.count(7)), copy.copy(it.repeat([1], 2)))
class MyCount(it.count): pass
print(type(copy.copy(MyCount(4))).__name__)
