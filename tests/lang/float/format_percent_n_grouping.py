# float % and n formats, thousands separators and fill/align
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
format(0.5, '%'), format(1/3, '.2%'), format(-0.001, '.1%'), format(12.5, ',.0%'), format(float('inf'), '%'), format(0.0, '#.0%')
format(1234567.25, 'n'), format(0.000012, 'n'), format(1234.5, '.2n'), format(-1e10, 'n')
format(1234567.891, ',.2f'), format(1234567.891, '_.2f'), format(1234567.891, ',e'), format(1234567.891, ',g'), format(12345678.0, ',')
format(-1234.5, '>+12,.1f'), format(1234.5, '_^15.1f'), format(-1234.5, '0=15,.2f'), format(1234.5, '#<12'), format(1234.5, '020_')
format(-0.0, '+'), format(0.0, '+'), format(-0.0, ' .2f'), format(1.0, ' '), format(-1e-300, '.2f')
format(1e300, ',.0f')[:24]
''')
