# float's special methods, pow overflow/underflow, int<->float conversion rounding
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
float.__new__(float, '1.5'), float.__getformat__('double')
float.__getformat__('int')
float('1.5', 2)
float(x='1.5')
(1.5).__round__(), (1.5).__round__(None), (2.5).__round__(0)
(1.5).__floordiv__(0.0)
(1.5).__divmod__(0)
(1.5).__mod__(0)
(1.5).__pow__(2, 3)
pow(1.5, 2, 3)
(1.5).__rpow__(2), (1.5).__add__(1), (1.5).__add__('a'), (1.5).__eq__(10**400), (1.5).__lt__(1j)
(1.5).__trunc__(), (1.5).__int__(), (1.5).__float__(), (1.5).__abs__(), (1.5).__neg__(), (1.5).__pos__(), (1.5).__bool__()
(1.5).__getnewargs__(), float.fromhex('0x1.8p+1').hex()
(1e300 * 1e300), -(1e300 * 1e300)
1e300 ** 2
2.0 ** 10**10
(-2.0) ** 10**10 + 0
0.5 ** 10**10
2.0 ** -10**10
(-1.5) ** 0.5
1e308 ** 1.01
math = __import__('math')
math.pow(10, 400)
math.pow(-1, 0.5)
math.sqrt(-1)
math.log(0)
math.log(-1)
math.floor(1e300) == 10**300
math.trunc(1e20), math.ceil(-0.5), math.floor(-0.5)
int(1e20), int(-1e-20), int(2.0**63), int(-(2.0**63)), int(1.7976931348623157e308) % 1000
float(2**1023 * 2 - 2**970), float(2**1024 - 2**970)
float(2**1024 - 2**971)
float(-(2**1024))
float(2**53 + 1), float(2**54 + 3), float(2**55 + 2**2 + 1), float(-(2**53 + 3))
(2**60 + 1) / 1, 2**60 / 3, (2**100 + 1) / (2**100), 10**22 / 10**11
float.fromhex('0x1.fffffffffffffp1023') + 0
''')
