# ZeroDivisionError messages of float operations
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
1.0 / 0
1 / 0.0
1.0 // 0
1.0 % 0
1.0 % 0.0
divmod(1.0, 0)
divmod(1, 0.0)
0.0 ** -1
0.0 ** -1.5
(-0.0) ** -3
pow(0.0, -2)
1.0 // 0.0
(-1.0) / 0.0
import math
math.fmod(1.0, 0.0)
''')
