# removeprefix and removesuffix
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'prefix-body'.removeprefix('prefix-'), 'prefix-body'.removeprefix('x')
'body.txt'.removesuffix('.txt'), 'body.txt'.removesuffix('.py')
'aaa'.removeprefix('a'), 'aaa'.removesuffix('a')
'abc'.removeprefix(''), 'abc'.removesuffix('')
'abc'.removeprefix('abc'), 'abc'.removesuffix('abc')
'abc'.removeprefix('abcd'), ''.removesuffix('a')
'éa'.removeprefix('é')
'abc'.removeprefix(None)
'abc'.removesuffix(b'c')
'abc'.removeprefix(('a',))
'abc'.removesuffix()
''')
