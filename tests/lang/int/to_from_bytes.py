# int.to_bytes/from_bytes: lengths, signs, byteorder defaults and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (0).to_bytes(0, 'big'), (-1).to_bytes(1, 'big', signed=True)
(255).to_bytes(), (65535).to_bytes(2), (-129).to_bytes(2, 'little', signed=True)
(256).to_bytes(1, 'big')
(-1).to_bytes(1, 'big')
(128).to_bytes(1, 'big', signed=True)
(1).to_bytes(-1, 'big')
(1).to_bytes(1, 'middle')
(2**80).to_bytes(11, 'big'), (-(2**80)).to_bytes(11, 'big', signed=True)
int.from_bytes(b''), int.from_bytes(b'', signed=True), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x80'), 'little', signed=True)
int.from_bytes(b'\x00' * 20 + b'\x01', 'big'), int.from_bytes(b'\xff' * 12, 'little', signed=True)
int.from_bytes('abc', 'big')
int.from_bytes(b'\x01', 'sideways')
int.from_bytes([256], 'big')
int.from_bytes(memoryview(b'\x01\x02'), 'big')
bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__
(5).to_bytes(1, byteorder='big'), (5).to_bytes(length=2, byteorder='little')
(5).to_bytes(1, 'big', True)
''')
