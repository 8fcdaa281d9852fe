# startswith and endswith with tuples and ranges
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'hello'.startswith('he'), 'hello'.startswith(('x', 'he')), 'hello'.startswith(())
'hello'.endswith('lo'), 'hello'.endswith(('lo', 'x')), 'hello'.endswith('')
'hello'.startswith('l', 2), 'hello'.startswith('l', 2, 3), 'hello'.startswith('ll', 2, 3)
'hello'.endswith('ll', 0, 4), 'hello'.endswith('h', 0, 1), 'hello'.endswith('o', -1)
'hello'.startswith('', 5), 'hello'.startswith('', 6), 'hello'.endswith('', 6)
'hello'.startswith('h', -100), 'hello'.endswith('o', None, None)
'hello'.startswith('e', 10**20), 'hello'.endswith('', 3, 1)
'héllo'.startswith('é', 1), 'héllo'.endswith(('é', 'l'), 0, 4)
'abc'.startswith(('a', 'b'), 1)
''')
