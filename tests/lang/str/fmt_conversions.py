# !s !r !a conversions in str.format
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'{!r}'.format('a\nb')
'{!s}'.format(3.0)
'{!a}'.format('héllo\u20ac')
'{0!r:>10}'.format('x')
'{!r:^12}'.format([1, 'a'])
'{!a}'.format(['ü'])
class C:
    def __str__(self): return 'S'
    def __repr__(self): return 'R'
    def __format__(self, spec): return 'F' + spec
'{} {!s} {!r} {!a} {:xy}'.format(C(), C(), C(), C(), C())
'{0!s:*<5}'.format(C())
'{x!r}'.format(x='q')
''')
