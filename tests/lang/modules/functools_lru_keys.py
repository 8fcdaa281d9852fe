# _functools._lru_cache_wrapper: how calls map to cache keys
from _functools import _lru_cache_wrapper

calls = []
def f(*args, **kw):
    calls.append((args, kw))
    return len(calls)
def info(w):
    return tuple(w.cache_info())
w = _lru_cache_wrapper(f, None, False, lambda *a: a)
print(w(1), w(1.0), w(True), info(w))
print(w('a'), w('a'), w(b'a'), info(w))
print(w(x=1, y=2), w(y=2, x=1), w(x=1, y=2), info(w))
print(w(1, 2), w((1, 2)), info(w))
try:
    w([1])
except TypeError as e:
    print('TypeError', e)
print(info(w))
t = _lru_cache_wrapper(f, 128, True, lambda *a: a)
print(t(1), t(1.0), t(1), t(x=1), t(x=1.0), info(t))
one = _lru_cache_wrapper(f, 1, False, lambda *a: a)
print(one(1), one(1), one(2), one(1), info(one))
class Weird:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Weird) and self.h == other.h
calls.clear()
u = _lru_cache_wrapper(f, 2, False, lambda *a: a)
u(Weird(1)); u(Weird(1)); u(Weird(2)); u(Weird(3)); u(Weird(1))
print(len(calls), info(u))
# clearing from inside the cached call
def clearing(x):
    c.cache_clear()
    return x * 2
c = _lru_cache_wrapper(clearing, 4, False, lambda *a: a)
print(c(1), c(2), c(2), info(c))
def recur(n):
    return 0 if n == 0 else 1 + r(n - 1)
r = _lru_cache_wrapper(recur, 3, False, lambda *a: a)
print(r(50), info(r))
