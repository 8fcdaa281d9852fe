# functools.cached_property stores into the instance dict on first access
import functools
class C:
    calls = 0
    @functools.cached_property
    def value(self):
        type(self).calls += 1
        return 'computed'
c = C()
print(c.value, c.value, C.calls, 'value' in vars(c))
del c.value
print(c.value, C.calls)
print(type(C.value).__name__, C.value.attrname)
c.value = 'overwritten'
print(c.value)
try:
    class Bad:
        @functools.cached_property
        def a(self): return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
