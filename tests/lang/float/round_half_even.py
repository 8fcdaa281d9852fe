# round() of floats: half-even, ndigits negative, huge and None
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2)
round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2), round(5.0, -1), round(15.0, -1), round(1e300, -300)
round(1.5, 400), round(1.5, -400), round(-1.5, -400), round(1.23456789, 10**9), round(123.0, -10**9), round(0.1, 17)
round(2.5, None), type(round(2.5, None)), type(round(2.5, 0)), round(-0.4), round(-0.0, 1), round(1e16 + 1), round(2.0**60 + 0.0)
round(float('inf'))
round(float('nan'))
round(float('inf'), 2), round(float('nan'), 2)
round(1.5, 1.0)
round(1.5, '1')
round(10**20 + 0.0)
''')
