import reprlib, array, collections
r = reprlib.Repr()
r.maxlevel = 1; r.maxdict = 2; r.maxset = 2; r.maxtuple = 2; r.maxlong = 8; r.maxother = 8; r.maxarray = 2; r.maxdeque = 2 if hasattr(r, "maxdeque") else 0
print(r.repr([[1], [2]]), r.repr({"a": 1, "b": 2, "c": 3}), r.repr({1, 2, 3}), r.repr((1, 2, 3)), r.repr(123456789012))
print(r.repr(frozenset("abc")) if False else r.repr(frozenset([1])), r.repr(array.array("i", [1, 2, 3])), r.repr(collections.deque([1, 2, 3])))
class Long:
    def __repr__(self): return "L" * 30
print(r.repr(Long()), reprlib.repr(Long()), reprlib.aRepr.maxstring)
class MyRepr(reprlib.Repr):
    def repr_int(self, obj, level): return "INT"
print(MyRepr().repr([1, "a", 2]))
print(reprlib.repr(range(100)), reprlib.repr(b"x" * 100), reprlib.repr(["a" * 50]))
