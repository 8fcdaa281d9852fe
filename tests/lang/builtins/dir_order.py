# dir() results sorted like CPython's for types, instances and modules
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
dir(str)[-10:]
[x for x in dir(list) if not x.startswith('__')]
[x for x in dir(dict) if not x.startswith('__')]
[x for x in dir(set) if not x.startswith('__')]
[x for x in dir(bytes) if not x.startswith('__')]
[x for x in dir(bytearray) if not x.startswith('__')]
[x for x in dir(float) if not x.startswith('__')]
[x for x in dir(complex) if not x.startswith('__')]
[x for x in dir(tuple) if not x.startswith('__')]
[x for x in dir(range) if not x.startswith('__')]
[x for x in dir(frozenset) if not x.startswith('__')]
[x for x in dir(str) if not x.startswith('__')]
[x for x in dir(memoryview) if not x.startswith('__')]
class A:
    z = 1
    def m(self): pass
a = A(); a.b = 2
[x for x in dir(a) if not x.startswith('__')], [x for x in dir(A) if not x.startswith('__')]
class D:
    def __dir__(self): return ['b', 'a', 'c']
dir(D())
class E:
    def __dir__(self): return 5
dir(E())
dir(1, 2)
''')
