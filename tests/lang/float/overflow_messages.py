# OverflowError messages from float operations
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
10.0 ** 400
(-10.0) ** 401
2.0 ** 1024
float(10**400)
float(-(10**400))
10**400 / 1
10**400 / 10**399, (10**400) // 1.0 if False else 0
1e308 * 10
1e308 + 1e308
10**400 + 1.0
1.0 * 10**400
import math
math.exp(1000)
math.ldexp(1.0, 2000)
(1e308).__mul__(10.0)
pow(10.0, 400)
''')
