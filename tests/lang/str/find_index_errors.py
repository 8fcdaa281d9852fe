# index and rindex ValueError and argument TypeErrors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'abc'.index('x')
'abc'.rindex('x')
'abc'.index('a', 1)
'abc'.rindex('c', 0, 2)
'abc'.index('', 4)
'abc'.find(1)
'abc'.count(None)
'abc'.rfind(b'a')
'abc'.index('a', 'b')
'abc'.count('a', 0, 1, 2)
'abc'.find()
'abc'.rindex('a', 1.0)
''')
