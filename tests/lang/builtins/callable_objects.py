# classmethod/staticmethod/property builtins: binding, attributes and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class C:
    @classmethod
    def cm(cls, x): return (cls.__name__, x)
    @staticmethod
    def sm(x): return x * 2
    @property
    def p(self): return 'p'
    @p.setter
    def p(self, v): self._p = v
C.cm(1), C().cm(2), C.sm(3), C().sm(4), C().p, type(C.__dict__['cm']).__name__, type(C.__dict__['sm']).__name__
c = C(); c.p = 5; c._p
del c.p
class D:
    q = property(lambda self: 1)
D().q = 2
del D().q
property().fget, property(None, None, None, 'doc').__doc__, staticmethod(len)([1]), classmethod(len).__func__
property()(1) if False else 0
property().__get__(1, int)
staticmethod()
classmethod(1, 2)
isinstance(C.__dict__['p'], property), C.p.fset is not None, C.p.fdel, C.p.getter(lambda s: 9).fget(None)
''')
