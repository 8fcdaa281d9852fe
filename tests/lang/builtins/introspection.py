# getattr/setattr/delattr/hasattr/vars/callable/isinstance/issubclass errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class C:
    x = 1
c = C()
getattr(c, 'x'), getattr(c, 'y', 2), hasattr(c, 'x'), hasattr(c, 'y'), setattr(c, 'y', 3), c.y, delattr(c, 'y'), hasattr(c, 'y'), vars(c)
getattr(c, 'y')
getattr(c, 1)
getattr(c)
setattr(c, 1, 2)
delattr(c, 'nope')
delattr(1, 'real')
setattr(1, 'x', 2)
vars(1)
vars(c, 1)
sorted(vars(C))[:3]
callable(len), callable(C), callable(c), callable(None), callable(lambda: 0), callable(C.__init__)
isinstance(1, (str, (int,))), isinstance(1, ()), issubclass(bool, (str, int))
isinstance(1, 1)
issubclass(1, int)
issubclass(int, 1)
isinstance(1, (int, 1))
isinstance(1, [int])
type(1), type('a', (), {}).__name__, type(type), type.__name__
type()
type(1, 2)
type('a', 1, {})
type('a', (), 1)
id(c) == id(c), len(str(id(c))) > 0
''')
