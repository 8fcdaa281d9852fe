# float arithmetic: overflow, underflow, signed zeros, nan/inf propagation
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
1e308 + 1e308, -1e308 - 1e308, 1e-320 / 10, 5e-324 / 2, -5e-324 / 2, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0
float('inf') - float('inf'), float('inf') * 0, float('nan') + 1, float('inf') / float('inf'), 1 / float('inf'), -1 / float('inf')
float('nan') == float('nan'), float('nan') != float('nan'), float('nan') < 1, float('inf') > 1e308, -float('inf') < -1e308
1.0 / 0.0
0.0 / 0.0
1e308 ** 2
(-1e308) ** 3
2.0 ** 1024
2.0 ** -1080, (-2.0) ** -1080, 0.5 ** 2000
float(2**1023) * 2
2 ** 1024 + 0.5
int(1e308), int(-1.5e300) % 1000, int(2.5), int(-2.5), int(1e-300), int(-0.0)
1e16 + 1 == 1e16, 9007199254740993 == 9007199254740993.0, 9007199254740992.0 + 1, 0.1 * 3, 0.7 + 0.1, 1.1 + 2.2
''')
