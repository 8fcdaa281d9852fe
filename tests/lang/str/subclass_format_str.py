# str subclasses with __str__/__repr__ in format, % and f-strings
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class T(str):
    def __str__(self): return 'T!'
str(T('a')), '%s' % T('a'), '{}'.format(T('a')), format(T('a')), f'{T("a")}'
str.__format__(T('a'), ''), str.__format__(T('a'), '<3'), format(T('ab'), '>4')
class S(str):
    def __repr__(self): return 'S!'
repr(S('a')), '%r' % S('a'), '{!r}'.format(S('a')), [S('x')], f'{S("q")!r}'
type(format(S('a'), '')), type(format(S('a'), '<2'))
class B:
    def __str__(self): return 5
str(B())
'%s' % B()
'{}'.format(B())
f'{B()}'
class R:
    def __repr__(self): return None
repr(R())
'%r' % R()
'{!r}'.format(R())
''')
