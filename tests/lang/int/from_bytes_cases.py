# int.from_bytes with signed, byteorder and iterables
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'', 'big'), int.from_bytes(b'', 'big', signed=True)
int.from_bytes(b'\x80'), int.from_bytes(b'\x80', signed=True), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'), int.from_bytes(memoryview(b'\x7f'), 'big', signed=True)
int.from_bytes(b'\xff' * 20, 'little', signed=True), int.from_bytes(b'\x01' + b'\x00' * 20, 'big')
int.from_bytes([256], 'big')
int.from_bytes([-1], 'big')
int.from_bytes('ab', 'big')
int.from_bytes(b'\x01', 'sideways')
int.from_bytes(5, 'big')
bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big'))
class I(int): pass
type(I.from_bytes(b'\x05', 'big')), I.from_bytes(b'\x05', 'big')
''')
