# startswith and endswith TypeError messages
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'abc'.startswith(1)
'abc'.endswith(None)
'abc'.startswith(b'a')
'abc'.startswith(('a', 1))
'abc'.endswith((1, 'c'))
'abc'.endswith(['c'])
'abc'.startswith('a', 'x')
'abc'.startswith('a', 1.5)
'abc'.startswith()
'abc'.endswith('a', 1, 2, 3)
'abc'.startswith(('x', b'a'))
''')
