# _functools objects take part in cycle collection
import gc
from _functools import partial, _lru_cache_wrapper, cmp_to_key

class Box:
    pass

def cycle_partial():
    b = Box()
    b.p = partial(print, b)
def cycle_partial_dict():
    p = partial(print)
    p.self = p
def cycle_lru():
    b = Box()
    def f(x):
        return b
    b.w = _lru_cache_wrapper(f, 2, False, tuple)
    b.w(1)
def cycle_lru_unbounded():
    b = Box()
    b.w = _lru_cache_wrapper(lambda x: b, None, False, tuple)
    b.w(1)
def cycle_key():
    b = Box()
    b.k = cmp_to_key(lambda x, y: 0)(b)
for fn in (cycle_partial, cycle_partial_dict, cycle_lru, cycle_lru_unbounded, cycle_key):
    gc.collect()
    fn()
    print(fn.__name__, gc.collect() > 0)
print(gc.is_tracked(partial(print)))
