# split and rsplit with a separator and maxsplit
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'a,b,,c'.split(','), 'a,b,,c'.rsplit(',')
'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1)
',a,'.split(','), ''.split(','), ''.rsplit('x')
'aXYbXYc'.split('XY'), 'aaa'.split('aa'), 'aaa'.rsplit('aa')
'a,b'.split(',', 0), 'a,b'.split(sep=',', maxsplit=5)
'éàé'.split('à'), 'x\U0001F600y'.split('\U0001F600')
'a b'.split(' '), 'a  b'.split(' ')
'abc'.split('abc'), 'abc'.split('abcd')
''')
