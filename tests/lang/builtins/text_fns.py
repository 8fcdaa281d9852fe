# chr, ord, ascii, repr, format, bin/hex with __index__, and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
chr(65), chr(0x10ffff), chr(0), chr(0xd800), ord('a'), ord('\U0010ffff'), ord(b'a'), ord(bytearray(b'z')), ord('é')
chr(-1)
chr(0x110000)
chr('a')
chr(2**70)
ord('ab')
ord('')
ord(b'ab')
ord(5)
format(5), format(5, 'x'), format('a', '>3'), format(1.5, 'e'), format(None), format([1], ''), format(object, '')[:14]
format(None, 'x')
format([1], 'x')
format(object(), 's')
format(1, 5)
class F:
    def __format__(self, spec): return 'F<' + spec + '>'
format(F(), 'abc'), '{:xyz}'.format(F()), f'{F():q}'
class G:
    def __format__(self, spec): return 5
format(G())
repr(None), repr(...), repr(NotImplemented), repr(int), repr(len), repr(print) if False else 0, repr(object)[:20]
class Bad:
    def __repr__(self): return 5
repr(Bad())
class Bad2:
    def __str__(self): return 5
str(Bad2())
ascii('\x00é'), ascii(1), ascii([1, 'ä'])
''')
