# augmented assignment across int/float/complex/bool (result types, errors), bool ** and divmod
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
x = 5
x += True; x
x //= 2; x
x **= -1; x
x = 2**100
x >>= 99; x
x <<= 2**62 if False else 3; x
f = 1.5
f //= 0.5; f
f %= -1; f
f **= 0.5; f
c = 1j
c **= 2; c
c /= 0j
b = True
b &= False; b, type(b)
b |= 1; b, type(b)
b ^= True; b, type(b)
b += 1; b, type(b)
n = -7
n %= 3; n
divmod(True, True), divmod(-True, 2), True ** -1, False ** 0, (-True) ** 0.5
int.__pow__(2, -1), int.__pow__(0, -1) if False else 0
(2).__pow__(-1, 5), (2).__rpow__(3, 5) if False else 0
''')
