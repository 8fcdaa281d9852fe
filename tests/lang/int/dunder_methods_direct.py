# int's special methods called directly, true division of big ints, int ** negative
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
int.__new__(int, '5'), int.__new__(bool, 1)
int('5', base=0)
int(base=10)
int('10', 2, 3)
int(x='5', base=8)
int(10**100).__sizeof__() > 0
(5).__floordiv__(0)
(5).__truediv__(0)
(5).__mod__(0)
(5).__divmod__(0)
(5).__rtruediv__(0)
(5).__add__(1.0), (5).__radd__('a'), (5).__lt__(1.0), (5).__eq__(5.0)
(2**64).to_bytes(8, 'big')
int.from_bytes(b'\x00', byteorder='big', signed=True), int.from_bytes(bytes=b'\x01')
int.from_bytes()
(1).to_bytes(2**70, 'big')
(1).to_bytes(-(2**70), 'big')
(255).to_bytes(1, 'little', signed=False)
int.__round__(15, -1), int.__trunc__(5), int.__floor__(5), int.__ceil__(5), (5).__index__(), (5).__int__(), (5).__float__()
(5).__abs__(), (-5).__neg__(), (5).__pos__(), (5).__invert__(), (5).__bool__(), (0).__bool__()
(5).__getnewargs__()
divmod(7, 2.5), divmod(-7, 2.5), 7 // 2.5, 7 % -2.5
(10**20) / (10**19), (10**400) / (10**399), 1 / 3, (2**1100) / (2**1000), (-(2**1100)) / 3
(2**1100 + 1) / 2**1100, 10**30 / 7, (10**308 * 10) / 10
2**-1, (-2)**-1, 2**-1074 if False else 0, (-8)**(1/3) if False else 0, 10**-400
0**0, (-1)**(10**20), (-1)**(10**20+1), 2**0.5, 4**0.5, (-4)**0.5
1 + 2**1100 * 1.0
10**309 - 1.0
''')
