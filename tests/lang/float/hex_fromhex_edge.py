# float.hex and float.fromhex edge cases and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(1.0).hex(), (-0.0).hex(), (0.0).hex(), (5e-324).hex(), (1.7976931348623157e308).hex(), (0.1).hex(), float('inf').hex(), float('nan').hex(), float('-inf').hex()
float.fromhex('0x1.8p1'), float.fromhex('-0X1P-1074'), float.fromhex(' 0x1p-1075 '), float.fromhex('0x1.0000000000001p0'), float.fromhex('1'), float.fromhex('a'), float.fromhex('0x.8'), float.fromhex('inf'), float.fromhex('-nan')
float.fromhex('0x1.fffffffffffff8p1023')
float.fromhex('0x1p1024')
float.fromhex('0x')
float.fromhex('0x1p')
float.fromhex('')
float.fromhex('0x1.g')
float.fromhex(1.0)
float.fromhex('0x1p-1076'), float.fromhex('0x3p-1076'), float.fromhex('0x1.00000000000008p0'), float.fromhex('0x1.00000000000018p0')
class F(float): pass
type(F.fromhex('0x1p1')), F.fromhex('0x1p1')
''')
