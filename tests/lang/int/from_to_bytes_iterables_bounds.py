# int.from_bytes of iterables and bad items; to_bytes at signed/unsigned size boundaries (incl. CPython's (-1).to_bytes(0, signed=True) == b'')
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
int.from_bytes(iter([1, 2]), 'big'), int.from_bytes((x for x in [255, 0]), 'little'), int.from_bytes(range(3), 'big'), int.from_bytes(bytearray(), 'little', signed=True)
int.from_bytes([1.5], 'big')
int.from_bytes(['a'], 'big')
int.from_bytes(None, 'big')
int.from_bytes(object(), 'big')
int.from_bytes(b'\x01', 'big', signed=None), int.from_bytes(b'\xff', 'big', signed='') , int.from_bytes(b'\xff', 'big', signed=[0])
(0).to_bytes(0, 'little'), (-1).to_bytes(0, 'big', signed=True) if False else 0
(-1).to_bytes(0, 'big', signed=True)
(2**64 - 1).to_bytes(8, 'big'), (-(2**63)).to_bytes(8, 'little', signed=True), (2**63).to_bytes(9, 'big', signed=True)
(2**63).to_bytes(8, 'big', signed=True)
(5).to_bytes(True, 'big'), len((5).to_bytes(1000, 'little')), (5).to_bytes(3, byteorder=sys.byteorder if False else 'big')
(10**30).to_bytes(12, 'big')
(-(10**30)).to_bytes(13, 'big', signed=True), int.from_bytes((-(10**30)).to_bytes(13, 'big', signed=True), 'big', signed=True)
''')
