# abs, divmod, pow, round, bin/hex/oct on ints, floats and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
abs(-5), abs(5.5), abs(-0.0), abs(-2**70), abs(True), abs(-3+4j)
abs('x')
abs()
divmod(7, 2), divmod(-7, 2), divmod(7.0, -2), divmod(2**70, -3), divmod(True, 3)
divmod('a', 1)
divmod(1, 'a')
bin(0), bin(-5), bin(2**70), hex(-255), hex(0), oct(-8), oct(2**64), hex(True), bin(False)
bin(1.0)
round(5), round(-5, 2), round(155, -1), round(145, -1), round(-155, -1), round(2**70 + 5, -1), round(5, -100), type(round(5, -1)).__name__
round(1, 'x')
round()
pow(2, 3), pow(2, -2), pow(2.5, 2), pow(-8, 1/3), pow(0, 0), pow(base=2, exp=3), pow(2, 3, mod=5)
pow()
pow(1, 2, 3, 4)
pow('a', 2)
pow(2, 'a', 3)
''')
