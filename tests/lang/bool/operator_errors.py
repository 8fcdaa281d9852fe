# TypeErrors for bools in operations with other types
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
True + 'a'
'a' * True, [1, 2] * True, 'ab' * False
True + None
True < 'a'
True & 1.5
True | None
True ^ 'x'
~None
-'True'
len(True)
t = True
t[0]
iter(True)
t()
True.real = 3
del True.imag
bool.__and__(True, 1.5)
bool.__or__(1, True)
''')
