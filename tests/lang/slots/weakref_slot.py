# '__weakref__' in __slots__ makes instances weakly referenceable.
import weakref


class C:
    __slots__ = ('x', '__weakref__')


c = C()
r = weakref.ref(c, lambda ref: print('callback'))
print(r() is c, C.__weakref__.__name__, c.__weakref__ is r)
del c
print(r())
d = weakref.WeakValueDictionary()
k = C()
d['k'] = k
print(list(d.keys()))
del k
print(list(d.keys()))
