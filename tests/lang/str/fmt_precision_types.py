# precision and presentation types for floats and ints
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'{:.3}'.format(3.14159), '{:.3}'.format('abcdef')
'{:.0f}'.format(2.5), '{:.0f}'.format(3.5)
'{:e}'.format(12345.678), '{:E}'.format(0.000123)
'{:f}'.format(1e20), '{:F}'.format(float('inf')), '{:f}'.format(float('nan'))
'{:g}'.format(1e-5), '{:g}'.format(123456789.0), '{:G}'.format(1e-10)
'{:%}'.format(0.25), '{:.1%}'.format(1/3)
'{:n}'.format(1234), '{:n}'.format(1.5)
'{:c}'.format(65), '{:c}'.format(0x263a)
'{:d}'.format(True), '{:x}'.format(-255), '{:o}'.format(-8)
'{:.2}'.format(1234.5), '{}'.format(1e16), '{}'.format(1.0)
'{:e}'.format(5), '{:f}'.format(7), '{:%}'.format(2), '{:g}'.format(10**20)
'{:.3g}'.format(0.0001234), '{:10.4}'.format(3.14159265)
'{:s}'.format('str'), '{:10s}|'.format('x')
'{:.1f}'.format(float('-inf')), '{:+F}'.format(float('nan'))
'{:.30f}'.format(0.1)
''')
