# str() of bytes-like objects with encoding and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
str(b'abc', 'ascii'), str(b'caf\xc3\xa9', 'utf-8'), str(b'\xe9', 'latin-1')
str(b'a\xffb', 'utf-8', 'replace'), str(b'a\xffb', 'utf-8', 'ignore')
str(b'a\xffb', 'utf-8', 'backslashreplace'), str(b'a\xffb', 'utf-8', 'surrogateescape')
str(bytearray(b'xy'), 'ascii'), str(memoryview(b'mv'), 'utf-8')
str(b'abc'), str(bytearray(b'a'))
str(b'x', encoding='utf-8'), str(b'x', errors='strict'), str(object=b'x', encoding='ascii')
str(), str(''), str(object='o'), str(5), str(None), str(1.5), str([1, 'a'])
str(b'\xff\xfeh\x00', 'utf-16')
str(b'x', 'bogus')
str(b'\xff', 'utf-8')
str(b'\xff', 'ascii')
str('abc', 'utf-8')
str(5, 'utf-8')
str(b'x', 'utf-8', 'bogus') , str(b'\xff', 'utf-8', 'bogus')
str(b'x', 5)
str(b'x', 'utf-8', 'strict', 'extra')
str(obj=1)
''')
