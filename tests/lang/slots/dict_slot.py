# '__dict__' in __slots__ gives instances a dict beside their slots.
class C:
    __slots__ = ('x', '__dict__')


c = C()
c.x = 1
c.y = 2
print(c.x, c.__dict__, hasattr(C, '__weakref__'))
c.__dict__ = {'z': 3}
print(c.z, c.x)


class W:
    __slots__ = ('__weakref__',)


import weakref
w = W()
print(weakref.ref(w)() is w, hasattr(w, '__dict__'))
