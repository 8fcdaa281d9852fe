import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr((1, 2, 3, 4, 5, 6, 7)), reprlib.repr([[[[[1]]]]]))
r = reprlib.Repr()
r.maxlist = 2; r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr(10 ** 50))
class Node:
    def __init__(self): self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self): return "Node(%r)" % self.kids
n = Node(); n.kids.append(n)
print(repr(n))
class Fail:
    def __repr__(self): raise ValueError("boom")
try:
    reprlib.repr(Fail())
except ValueError as e:
    print("ValueError", e)
