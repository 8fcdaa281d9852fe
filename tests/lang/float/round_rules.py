# round() on floats: half-even, ndigits positive/negative/huge, results types
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(0.49999999999999994)
round(2.675, 2), round(1.005, 2), round(0.125, 2), round(-0.125, 2), round(1.25, 1), round(1.35, 1)
round(12345.6789, -2), round(12355.0, -1), round(-12345.0, -3), round(5e-324, 400), round(1e300, -300), round(1.5, -400), round(1.5, 400)
round(float('inf'), 2), round(float('nan'), 2), round(-0.0, 1)
round(1e300)
round(float('inf'))
round(2.5, None), type(round(2.5, None)).__name__, type(round(2.5, 0)).__name__
round(2.5, 1.0)
round('2.5')
round(2.5, 2**70)
round(10**20 + 0.0, -19)
round(7.45, 1), round(7.55, 1), round(0.285, 2), round(2.0000000000000004, 15)
''')
