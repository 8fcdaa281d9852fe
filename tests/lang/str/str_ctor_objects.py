# str() of assorted objects and __str__ results
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
str(1), str(-0.0), str(1e16), str(True), str(None), str(...), str(NotImplemented)
str([1, 'a']), str(('a',)), str({'a': 1}), str({1}), str(frozenset()), str(b'x'), str(bytearray(b'y'))
str(1j), str(range(3)), str(slice(1, 2)), str(int), str(str)
class A:
    def __str__(self): return 'A-str'
    def __repr__(self): return 'A-repr'
str(A()), repr(A()), str([A()]), '%s %r' % (A(), A())
class S(str): pass
class B:
    def __str__(self): return S('sub')
type(str(B())), str(B())
class C:
    def __str__(self): return b'x'
str(C())
class D:
    def __str__(self): raise RuntimeError('in str')
str(D())
class E:
    pass
str(E()).startswith('<'), str(E).startswith("<class '")
str(S('x')) == 'x', type(str(S('x')))
''')
