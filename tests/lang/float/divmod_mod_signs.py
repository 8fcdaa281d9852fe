# float divmod and % follow the divisor's sign, with inf and -0.0
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-7.5, -2), 7.5 % -2, -7.5 % 2, -0.0 % 5, 0.0 % -5
-1e-300 % 1.0, 1e-300 % -1.0, 5.0 % float('inf'), -5.0 % float('inf'), 5.0 % float('-inf'), float('inf') % 5
divmod(5.0, float('inf')), divmod(-5.0, float('inf')), divmod(float('inf'), 5.0)
(-7.5) // 2, 7.5 // -2, 1.0 // 0.1, 1.0 % 0.1, -1.0 // 0.1, 0.3 // 0.1, 0.3 % 0.1
divmod(10**20, 3.0), divmod(-(10**20), 3.0), (10**20) % 7.0, 1e20 // 7
float('nan') % 1, divmod(float('nan'), 1)
''')
