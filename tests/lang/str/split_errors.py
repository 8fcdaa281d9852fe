# split and rsplit argument errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'abc'.split('')
'abc'.rsplit('')
'abc'.split(1)
'abc'.rsplit(b'b')
'abc'.split(',', 'x')
'abc'.split(',', 1.0)
'abc'.split(',', 1, 2)
'abc'.split(sep=',', max=1)
'abc'.rsplit(',', 2**100)
'a,b'.split(',', -2**100)
''')
