# int()/float() of memoryviews (released and strided ones too) and of str/bytes subclasses with __int__/__float__/__index__
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
int(memoryview(b'12')), float(memoryview(b'1.5')), int(memoryview(b'123')[1:]), float(memoryview(b'1.25x')[:4]), float(memoryview(b' 1_0 '))
int(memoryview(b'1x'))
int(memoryview(b'12'), 10)
complex(memoryview(b'1'))
m = memoryview(b'12')
m.release()
int(m)
float(m)
int(memoryview(b'1234')[::2])
float(memoryview(b'1234')[::2])
int(memoryview(b'7')[::2]), float(memoryview(b'7')[::-1])
class S(str):
    def __int__(self): return 99
    def __float__(self): return 9.5
    def __index__(self): return 7
int(S('12')), float(S('1.5')), int(S('12'), 10), complex(S('1j'))
class S3(str):
    def __index__(self): return 7
int(S3('12')), float(S3('1.5'))
class B(bytes):
    def __index__(self): return 5
    def __float__(self): return 2.5
int(B(b'12')), float(B(b'1.5')), int(B(b'12'), 10)
class BA(bytearray):
    def __int__(self): return 3
int(BA(b'12')), float(BA(b'1.5'))
class P(str): pass
int(P(' 42 ')), float(P('1e3')), int(P('z'), 36)
int(P('x'))
float(P('x'))
''')
