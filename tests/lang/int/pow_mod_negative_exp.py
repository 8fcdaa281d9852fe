# pow(a, b, m) with negative exponents (modular inverse) and huge values
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(38, -1, 97)
pow(2, -1, 4)
pow(6, -1, 9)
pow(0, -1, 5)
pow(3, -1, 1), pow(3, 0, 1), pow(3, 0, -1), pow(0, 0, 7)
pow(2, 10**6, 10**9 + 7), pow(-2, 101, 10**20), pow(2, 101, -(10**20))
pow(10**30 + 1, -1, 10**40 + 3) * (10**30 + 1) % (10**40 + 3)
pow(2, 3, 0)
pow(2.0, 3, 5)
pow(2, 3.0, 5)
pow(2, 3, 5.0)
pow(2, -3)
pow(-8, 1/3) .real > 0
''')
