# property without setter/deleter/getter: 3.11's messages
class C:
    @property
    def x(self): return 1
    y = property()
    z = property(None, lambda self, v: None)
c = C()
for f in [lambda: setattr(c, 'x', 5), lambda: delattr(c, 'x'), lambda: c.y,
          lambda: setattr(c, 'y', 1), lambda: c.z, lambda: delattr(c, 'z')]:
    try:
        print(f())
    except AttributeError as e:
        print(e)
class Sub(C): pass
try:
    Sub().x = 3
except AttributeError as e:
    print(e)
c.x = 2
