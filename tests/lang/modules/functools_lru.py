# _functools._lru_cache_wrapper: bounded, unbounded and disabled caches
from _functools import _lru_cache_wrapper

class CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))
    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

calls = []
def f(*args, **kw):
    calls.append((args, kw))
    return len(calls)

w = _lru_cache_wrapper(f, 2, False, CacheInfo)
print(w(1), w(1), w(2), w(3), w(1), w(3), w.cache_info())
print(len(calls))
w.cache_clear()
print(w.cache_info(), w(1))

u = _lru_cache_wrapper(f, None, False, CacheInfo)
for i in [1, 2, 1, 2, 3, 1.0, True]:
    u(i)
print(u.cache_info())
print(u(a=1), u(a=1), u(1, a=1), u(a=1, b=2), u(b=2, a=1), u.cache_info())

t = _lru_cache_wrapper(f, None, True, CacheInfo)
t(1); t(1.0); t(True); t(1)
print(t.cache_info())

z = _lru_cache_wrapper(f, 0, False, CacheInfo)
z(1); z(1)
print(z.cache_info())
n = _lru_cache_wrapper(f, -5, False, CacheInfo)
n(1); n(1)
print(n.cache_info())

# LRU order: a hit refreshes the entry
calls.clear()
g = _lru_cache_wrapper(lambda x: calls.append(x) or x * 10, 3, False, CacheInfo)
for x in [1, 2, 3, 1, 4, 2, 1, 3]:
    g(x)
print(calls, g.cache_info())

# recursion through the cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = _lru_cache_wrapper(fib, None, False, CacheInfo)
print(fib(80), fib.cache_info())
fib2 = None
def fib2_impl(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
fib2 = _lru_cache_wrapper(fib2_impl, 10, False, CacheInfo)
print(fib2(60), fib2.cache_info())

# attributes and binding
w.__wrapped__ = f
w.__doc__ = 'docs'
print(w.__wrapped__ is f, w.__doc__, sorted(w.__dict__))
class C:
    @lambda fn: _lru_cache_wrapper(fn, None, False, CacheInfo)
    def m(self, x):
        return (type(self).__name__, x)
c = C()
print(c.m(1), c.m(1), C.m.cache_info(), C.m(c, 2))
print(w.__copy__() is w, w.__deepcopy__({}) is w)
errs = [lambda: _lru_cache_wrapper(1, 1, False, CacheInfo), lambda: _lru_cache_wrapper(f, 'a', False, CacheInfo),
        lambda: _lru_cache_wrapper(f, 1.5, False, CacheInfo), lambda: _lru_cache_wrapper(f),
        lambda: u([1]), lambda: _lru_cache_wrapper(f, 1, False, None).cache_info()]
for e in errs:
    try:
        print(e())
    except TypeError as ex:
        print('TypeError', ex)
def boom(x):
    raise ValueError(x)
b = _lru_cache_wrapper(boom, 2, False, CacheInfo)
for i in range(2):
    try:
        b(1)
    except ValueError as e:
        print('ValueError', e)
print(b.cache_info())
