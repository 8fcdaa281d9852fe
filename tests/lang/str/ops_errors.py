# str operator and method argument errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'a' * 'b'
'a' * 1.5
'abc'.count()
'abc'.split(' ', 1, 2)
'abc'.join()
'abc'.zfill()
'abc'.zfill('3')
'abc'.center()
'abc'.expandtabs('2')
'abc'.splitlines(1, 2)
'abc'.encode(errors=5)
'abc'.startswith(b'a')
'abc' % 5
'%d' % []
'abc'.index('z', 1)
'abc'.partition(1)
'abc'.replace('a', 'b', 'c')
'abc'.strip('a', 'b')
'abc'[1:2:0]
'abc'.format_map()
str.upper(5)
str.upper()
'a'.__add__(1), 'a'.__mul__('b'), 'a'.__mod__(1) if False else 0
'a'.ljust(10**20)
'a' * (10**20)
''')
