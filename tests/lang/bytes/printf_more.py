# bytes %-formatting: %b, %s with bytes-likes, %r/%a, %c and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
b'%s %b' % (b'x', bytearray(b'y')), b'%d|%5d|%-5d|%x' % (1, 2, 3, 255), b'%c%c' % (65, b'B'), b'%a %r' % ('é', 'q'), b'%.2f' % 1.5, b'%(k)s' % {b'k': b'v'}, b'%%'
b'%s' % 'str'
b'%b' % 5
b'%c' % 256
b'%c' % b'ab'
b'%d' % b'1'
b'%s %s' % (b'a',)
b'%s' % (b'a', b'b')
b'%z' % 1
bytearray(b'%s!') % b'x', b'%s' % memoryview(b'mv'), b'%5s|%-5s|' % (b'a', b'b'), b'%x %X %o %#x' % (255, 255, 8, 255)
''')
