# methods on str subclasses return exact str
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class S(str): pass
type(S('a').upper()), type(S('a') + 'b'), type(S('ab')[0]), type(S('ab')[:]), type(S('a') * 1)
type(S('a').strip()), type(S('a').replace('x', 'y')), type(S('a').center(1)), type(S('a').zfill(1))
type(str(S('a'))), type(S('a').__str__()), type('%s' % S('a')), type(f'{S("a")}')
type(S('a').join([])), type(''.join([S('a')])), type(S('ab').split()[0]), type(S('a').casefold())
S('abc').__getnewargs__(), 'abc'.__getnewargs__(), type(S('abc').__getnewargs__()[0])
str.__new__(S, 'x'), type(str.__new__(S, 'x'))
str.__new__(int, 'x')
str.__new__(5)
hash('abc') == hash(S('abc')), {'a': 1}[S('a')]
''')
