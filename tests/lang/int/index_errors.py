# int()/index protocol errors: floats and others as indices and counts
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
L, S, T = [1, 2], 'abc', (1, 2)
L[1.0]
L[True], L[False], S[-True]
S['1']
T[None]
range(10)[1.5]
range(1.5)
range(0, 10, 0)
'x' * 2.0
b'x' * 1.5
[0] * 10**100
S[10**100]
L[-10**100]
bytes(-1)
bytearray(1.5)
chr(-1)
chr(0x110000)
chr(10**30)
''')
