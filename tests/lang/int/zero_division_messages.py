# ZeroDivisionError messages of int operations
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
1 // 0
1 % 0
divmod(1, 0)
1 / 0
10**50 // 0
10**50 % 0
(-3) / 0
0 ** -1
pow(0, -2)
pow(5, 2, 0)
True / False
True // False
''')
