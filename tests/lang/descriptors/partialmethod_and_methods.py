# functools.partialmethod, functions stored in containers, and builtin functions as class attributes
import functools
class C:
    def add(self, a, b): return a + b
    add5 = functools.partialmethod(add, 5)
    length = len              # builtins don't bind
    store = [lambda: 'in list']
c = C()
print(c.add5(1), c.length('abc'), c.store[0]())
print(type(C.__dict__['add5']).__name__)
class Counter:
    count = 0
    def incr(self):
        type(self).count += 1
        return self
print(Counter().incr().incr().count, Counter.count)
