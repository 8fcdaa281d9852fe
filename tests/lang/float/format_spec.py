# float formatting with e, f, g, %, n, width, fill, align, sign, grouping and #
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
format(3.14159, '.2f'), format(3.14159, '10.3f'), format(-3.14159, '+.1f'), format(3.14159, ' .1f')
format(1234567.891, ','), format(1234567.891, '_.2f'), format(1234567.891, ',.3e'), format(0.000123, 'e'), format(12345.6789, 'E')
format(1e-5, 'g'), format(1e-4, 'g'), format(123456789.0, 'g'), format(1234567.0, '.3g'), format(0.0001234, '.2G'), format(100.0, 'g'), format(100.0, '#g')
format(0.25, '%'), format(0.25, '.1%'), format(1.0, '%'), format(-0.0, 'f'), format(-0.0, 'g'), format(-0.0, ''), format(float('inf'), 'f'), format(float('nan'), 'F'), format(float('-inf'), 'E')
format(3.5, '*^12.2f'), format(3.5, '<8'), format(3.5, '>8'), format(-3.5, '=10.2f'), format(3.5, '010.2f'), format(-3.5, '010.2f')
format(1.0, '#.0f'), format(1.0, '.0f'), format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f')
format(1.5, 'n'), format(1234567.0, 'n'), format(12.0, ''), format(1e20, ''), format(1e16, ''), format(1.0, '.3'), format(123.456, '.2')
format(1.0, 'd')
format(1.0, 'x')
format(1.0, ',n')
format(1.0, '=')
format(1.0, '.f')
format(1.5, 'z.1f') if False else 0
format(1e300, 'f')[:20], len(format(1e300, 'f'))
format(123.456, '015,.2f'), format(-1234.5, '+015_.1f'), format(1e6, '#.3g'), format(0.5, '#.0e')
'{:.3}'.format(3.14159), '{:10.4}'.format(2.0), '{:e}'.format(0.0), '{:g}'.format(0.0), '{:%}'.format(0.0)
''')
