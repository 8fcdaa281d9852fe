import copy, threading
class Unpicklable:
    def __reduce_ex__(self, p):
        raise copy.Error("nope")
try:
    copy.deepcopy([Unpicklable()])
except copy.Error as e:
    print("Error", e)
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.copy(None), copy.deepcopy(range(3)))
class WithState:
    def __init__(self): self.x = 1
    def __getstate__(self): return {"x": self.x * 10}
    def __setstate__(self, s): print("setstate", s); self.__dict__.update(s)
print(copy.copy(WithState()).x)
class Red:
    def __reduce__(self): return (Red, ())
print(type(copy.deepcopy(Red())).__name__)
import functools
print(copy.deepcopy(functools.partial(max, [1]))([2]))
a = [1, 2]; b = {"x": a, "y": a}
c = copy.deepcopy(b)
print(c["x"] is c["y"], c["x"] is a)
memo = {}
x = copy.deepcopy(a, memo)
print(x == a, id(a) in memo)
try:
    copy.deepcopy(threading.Lock())
except TypeError as e:
    print("TypeError")
