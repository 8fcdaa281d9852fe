# int ** and pow() with negative, zero and modular forms
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 2 ** -1, (-2) ** -2
10 ** 30, (-3) ** 41, 7 ** 100
0 ** -1
pow(2, 10, 1000), pow(2, -1, 7), pow(3, -2, 11), pow(-3, 5, 7), pow(3, 5, -7), pow(5, 0, 1)
pow(2, 100, 10**9+7), pow(10**30, 10**5, 998244353), pow(-2, 3, -5)
pow(2, -1, 4)
pow(2, 3, 0)
pow(2.0, 3, 5)
pow(2, 3.0, 5)
pow(0, -1, 5)
pow(6, -1, 9)
pow(2, 3, 1), pow(-1, -1, 3)
type(2 ** -1).__name__, 4 ** 0.5, (-8) ** (1/3)
''')
