# bytes.hex with separators and bytes.fromhex/bytearray.fromhex edge cases
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
b'\x01\x02\x03'.hex(), b'\x01\x02\x03'.hex('-'), b'\x01\x02\x03\x04'.hex(':', 2), b'\x01\x02\x03\x04\x05'.hex(' ', -2), b''.hex(), bytearray(b'\xff').hex()
b'ab'.hex('')
b'ab'.hex('::')
b'ab'.hex('é')
b'ab'.hex(1)
bytes.fromhex('01 02  ff'), bytes.fromhex(''), bytearray.fromhex('aB cD'), bytes.fromhex(' 0a '), type(bytearray.fromhex('00')).__name__
bytes.fromhex('0')
bytes.fromhex('zz')
bytes.fromhex('0 1')
bytes.fromhex(b'01')
bytes.fromhex('01\n02'), bytes.fromhex('01\t02')
''')
