# float divmod, //, % with mixed signs, zeros and infinities
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-7.5, -2)
7.5 % 2, -7.5 % 2, 7.5 % -2, -0.0 % 5, 0.0 % -5, -5 % 5.0, 5 % -5.0
divmod(1e308, 1e-308)[1] < 1e-308, divmod(3.0, float('inf')), divmod(-3.0, float('inf'))
divmod(float('inf'), 3.0)
float('inf') % 3
float('nan') // 1, float('nan') % 1
1.0 // 0
1.0 % 0
divmod(1.0, 0.0)
5.5 // 1.5, -5.5 // 1.5, 5.5 // -1.5, 1e16 // 3, -1e-300 // 1e300
(0.1).__divmod__(0.03), (7).__rdivmod__(2.0) if False else divmod(7, 2.0)
2.0 ** -1, (-8.0) ** (1/3), 0.0 ** 0, (-2.0) ** 2, 2.0 ** 0.5
0.0 ** -1
(-1.0) ** 0.5
10.0 ** 400
pow(2.0, 2, 3)
''')
