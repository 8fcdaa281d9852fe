# float from strings in many spellings and str/repr round trips
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
float('1e500'), float('-1e-500'), float('0.1e1'), float('.1e-1'), float('1.e1'), float('00001'), float('1_2.3_4e1_0'), float('InFiNiTy'), float('+nan'), float('  \t3.5\n ')
[float(repr(v)) == v for v in [0.1, 1/3, 2**-1074, 1.7976931348623157e308, 123456.789e-300]]
float('1e1_0')
float('1._5')
float('1.5_')
float('.')
float('e5')
float('--1')
float('1 0')
float('inf5')
float('nani')
float('0x1p3')
str(1e22), str(1e21), str(1e-4), str(0.00001), str(123456789.123456789), repr(1.0e+300), repr(-1.5e-300), str(2.0**60), str(float(10**16)), str(1e15 + 0.3)
''')
