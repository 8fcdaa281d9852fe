# Attribute errors: names, objects and builtin types
class C: pass
c = C()
for f in [lambda: c.nope, lambda: C.nope, lambda: (1).nope, lambda: 'x'.nope,
          lambda: setattr(1, 'a', 2), lambda: delattr(c, 'x'), lambda: setattr(c, 5, 1),
          lambda: getattr(c, 5), lambda: object().x, lambda: setattr(object(), 'x', 1),
          lambda: delattr(C, 'nothing'), lambda: setattr(int, 'x', 1)]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    c.nope
except AttributeError as e:
    print(e.name, e.obj is c)
None.foo
