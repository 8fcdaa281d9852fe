# ord and chr ranges and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
ord('a'), ord('é'), ord('\U0010FFFF'), ord(b'x'), ord(bytearray(b'y'))
chr(0), chr(0x10FFFF), chr(0xD800), chr(True)
ord('')
ord('ab')
ord(5)
ord(b'')
ord(b'ab')
ord(None)
chr(-1)
chr(0x110000)
chr(2**100)
chr('a')
chr(1.5)
chr()
class I:
    def __index__(self): return 97
chr(I())
''')
