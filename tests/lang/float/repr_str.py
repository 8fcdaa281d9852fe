# float repr/str: shortest round trip, exponents, specials
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
0.1, 1e16, 1e-05, 1e-4, 123456789012345678.0, 1e22, 1.5e300, 5e-324, 2.2250738585072014e-308
float('inf'), float('-inf'), float('nan'), -0.0, 0.0, 1.0, 100.0, 1e15, 9999999999999998.0
str(0.1), str(1e16), str(-1e-7), str(1/3), str(2/3), str(1e100)
float('1.7976931348623157e308'), float('1.8e308'), float('-1e400'), float('1e-400')
repr(0.30000000000000004), 0.1 + 0.2, 1.1 * 3, 100 * 1.1
float('  1_0.5 '), float('1_000.000_1'), float('-.5'), float('5.'), float('+1E3'), float('infinity'), float('-Infinity'), float('NaN'), float('-nan')
float('1__0')
float('_1')
float('1e')
float('')
float(' ')
float('0x10')
float('1.5j')
float(b'1.5'), float(bytearray(b' 2 ')), float(True), float(10**20)
float(10**400)
float([])
float(None)
float('١.٥')
''')
