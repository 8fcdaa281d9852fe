# argument type errors name None, not NoneType
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'a'.replace(None, 'b')
'a'.replace('a', None)
'a'.removeprefix(None)
'a'.removesuffix(1)
'a'.__format__(None)
str.maketrans(None, 'a')
str.maketrans('a', 'b', None)
'a'.encode(None)
'a'.encode('utf-8', None)
'a'.encode(errors=None)
str(b'', None)
str(b'a', errors=None)
str(bytearray(b'a'), 'utf-8', None)
str('a', 'utf-8')
str(1, encoding='utf-8')
str(1, 2)
str(5, 'a', 'b', 'c')
str(x=1)
'a'.center(3, None)
'a'.partition(None)
'a'.count(None)
'a'.zfill(None)
''')
