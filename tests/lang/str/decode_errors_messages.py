# UnicodeDecodeError messages of bytes.decode and str()
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
b'\xff\xfe'.decode('utf-8')
b'abc\xff'.decode('utf-8')
b'\xe2\x82'.decode('utf-8')
b'\xe2\x82a'.decode('utf-8')
b'\xf5'.decode('utf-8')
b'\xc0\x80'.decode('utf-8')
b'\xf4\x90\x80\x80'.decode('utf-8')
b'\xed\xa0\x80'.decode('utf-8')
b'\x80'.decode('ascii')
b'\xff'.decode('utf-16-le')
b'\x00\xd8'.decode('utf-16-le')
b'\x00\xd8\x00\x00'.decode('utf-16-le')
str(b'a\x80', 'ascii')
str(bytearray(b'\xff'), 'utf-8')
try:
    b'ab\xffc'.decode('utf-8')
except UnicodeDecodeError as e:
    r = (e.encoding, e.object, e.start, e.end, e.reason)
r
''')
