# constructor argument errors of builtin types
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
list(1, 2)
tuple(a=1)
dict(1, 2)
set(a=1)
frozenset(1, 2)
str(1, 2, 3, 4)
bytes(1, 2)
bytes('a')
bytes('a', 'ascii', 'strict', 4)
float(1, 2)
complex(1, 2, 3)
int(1, 2, 3)
bool(1, 2)
object(1)
range(1, 2, 3, 4)
slice()
memoryview()
enumerate([], 1, 2)
reversed()
zip(x=1)
filter(None, [], [])
type('A', (int, str), {})
class X(bool): pass
''')
