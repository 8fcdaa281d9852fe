# int(x, base) prefixes, base 0 and underscores
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
int('0x_1_f', 0), int('0B_1_1', 0), int('0O_7', 0), int('-0x10', 0), int('+0b1', 0), int(' 0x1 ', 0)
int('0', 0), int('000', 0), int('0_0_0', 0), int('-0', 0)
int('0001', 0)
int('0_1', 0)
int('10', 2), int('zz', 36), int('ZZ', 36), int('1_0_0', 36)
int('0x1f', 16), int('0b11', 2), int('0o17', 8), int('0b11', 16)
int('0x1f', 15)
int('0o17', 10)
int('1__0', 0)
int('0x__1', 16)
int('  \t\n\r\x0b\x0c 7 \x0b'), int('\u2003 8 \u3000')
''')
