# int.to_bytes: signed, byteorder and OverflowError messages
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True)
(255).to_bytes(), (0).to_bytes(0, 'big'), (127).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True)
(256).to_bytes(1, 'big')
(-1).to_bytes(1, 'big')
(128).to_bytes(1, 'big', signed=True)
(-129).to_bytes(1, 'big', signed=True)
(1).to_bytes(0, 'big')
(1).to_bytes(-1, 'big')
(1).to_bytes(1, 'middle')
(1).to_bytes(1, byteorder='BIG')
(1).to_bytes(1.0, 'big')
(1).to_bytes(length=2, byteorder='little'), (2**100).to_bytes(13, 'big')
(1).to_bytes(1, 'big', True)
(1).to_bytes(1, 'big', signed=1)
''')
