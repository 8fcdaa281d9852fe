# str.format_map with dicts and __missing__
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'{a} {b}'.format_map({'a': 1, 'b': 2})
class D(dict):
    def __missing__(self, k): return '<' + k + '>'
'{a} {zz}'.format_map(D(a=1))
'{0}'.format_map({0: 'x'})
'{}'.format_map({})
'{a[0]}'.format_map({'a': 'xyz'})
'{a}'.format_map({})
'{a}'.format_map(5)
'x'.format_map(None)
'{a:>{w}}'.format_map({'a': 'q', 'w': 4})
''')
