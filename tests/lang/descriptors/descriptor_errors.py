# Read-only descriptors, assigning to methods of builtins, and __set__ raising
class RO:
    def __get__(self, o, t): return 1
    def __set__(self, o, v): raise AttributeError('read-only descriptor')
class C:
    r = RO()
    @property
    def p(self): return 2
c = C()
for f in [lambda: setattr(c, 'r', 1), lambda: setattr(c, 'p', 1), lambda: delattr(c, 'p'),
          lambda: setattr([], 'append', 1), lambda: setattr(int, 'real', 1),
          lambda: setattr((1).__class__, 'x', 1), lambda: delattr(int, 'real')]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
(1).real = 2
