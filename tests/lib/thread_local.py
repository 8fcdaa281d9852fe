# _thread._local: per-thread attribute storage (one thread here).
import _thread
loc = _thread._local()
loc.x = 5
loc.y = [1, 2]
print(loc.x, loc.y, sorted(loc.__dict__.items()))
del loc.x
print(hasattr(loc, "x"), loc.__dict__)
try:
    loc.missing
except AttributeError as e:
    print("AttributeError")
class L(_thread._local):
    n = 10
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
    def total(self):
        return self.a + self.b + self.n
o = L(3, b=4)
print(o.a, o.b, o.total(), isinstance(o, _thread._local))
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError", e)
try:
    _thread._local(k=1)
except TypeError as e:
    print("TypeError", e)
# A cycle through the local's dict is collected.
import gc
c = _thread._local()
c.me = c
del c
gc.collect()
print("ok")
