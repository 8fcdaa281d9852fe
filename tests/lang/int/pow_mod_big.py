# three-argument pow with big moduli, negative bases and modular inverses
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
pow(3, 10**6, 10**20 + 39), pow(-7, 12345, 10**9 + 7), pow(2, -1, 10**30 + 57), pow(10**40, -1, 7), pow(123456789, 987654321, 2**64)
pow(3, -5, 2**61 - 1) * pow(3, 5, 2**61 - 1) % (2**61 - 1), pow(-1, -1, 10**25), pow(5, 0, -7), pow(0, 0, 1), pow(7, 3, -10)
pow(2, -1, 2**70)
pow(10**40, -1, 10)
pow(1, 1, 0)
pow(2**100, 2**100, 2**89 - 1), pow(-(2**100), 3, 10**9), pow(2, 10**4, -(10**9 + 9))
''')
