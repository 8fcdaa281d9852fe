# float arithmetic with inf, nan and signed zero
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
float('inf') - float('inf'), float('inf') * 0, float('inf') / float('inf'), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0
float('inf') + 1, -float('inf'), abs(float('-inf')), abs(-0.0), float('nan') + 1, 1 / float('inf'), -1 / float('inf')
float('inf') ** 0, float('nan') ** 0, 1.0 ** float('nan'), 1 ** float('inf'), (-1.0) ** float('inf'), 0.5 ** float('inf'), 2.0 ** float('-inf')
(-8.0) ** (1/3), (-2.0) ** 0.5, (-2.0) ** 2, 2.0 ** -1074, 2.0 ** -1075
0.0 ** 0, 0.0 ** 0.5, (-0.0) ** 3, (-0.0) ** 0.5, (-0.0) ** 2
''')
