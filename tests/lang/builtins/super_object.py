# object() and super(): attributes, errors and MRO-based lookup
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super().f()
class C2(B):
    def f(self): return 'C' + super(B, self).f()
B().f(), C2().f(), super(B, B()).f(), type(super(B, B())).__name__
super()
super(1)
super(B, 1)
object().x = 1
object.__new__(1)
o = object(); o == o, o != object(), type(o).__name__, object.__name__, object.__bases__, object.__mro__
object.__init__(o, 1)
hasattr(object(), '__dict__'), str(object.__subclasshook__) != '' if hasattr(object, '__subclasshook__') else True
''')
