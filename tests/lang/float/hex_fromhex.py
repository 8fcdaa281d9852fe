# float.hex and float.fromhex round trips and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (1.7976931348623157e308).hex()
float('inf').hex(), float('nan').hex(), float('-inf').hex()
float.fromhex('0x1.8p1'), float.fromhex('0x1p-1074'), float.fromhex('-0X1.FFFFFFFFFFFFFP+1023'), float.fromhex(' 0x10 '), float.fromhex('1.8'), float.fromhex('inf'), float.fromhex('-nan')
float.fromhex('0x1p1024')
float.fromhex('0xg')
float.fromhex('')
float.fromhex('0x1.0p')
float.fromhex('0x.8'), float.fromhex('0x8.'), float.fromhex('0x1p-1075'), float.fromhex('0x1.8p-1074'), float.fromhex('0x3p-1076')
float.fromhex(1.0)
all(float.fromhex(x.hex()) == x for x in [0.1, 1/3, 1e300, 2.5e-310, -7.0])
''')
