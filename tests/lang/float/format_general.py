# float format without a type, with g/G and precision
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
format(1234.5678, ''), format(1234.5678, '.2'), format(1234.5678, '.6'), format(1e16, ''), format(1e16, '.17'), format(1.0, ''), format(1.0, '.0')
format(0.00001, ''), format(0.0001, '.3'), format(1e-5, '.3g'), format(123456.0, '.3'), format(1.5, '.1'), format(2.5, '.1')
format(1e100, 'g'), format(1e-100, 'G'), format(1.0, 'g'), format(10.0, '#g'), format(0.0, '#g'), format(1.0, '#.3'), format(1e16, '#')
format(123.0, '.0g'), format(123.0, '.1g'), format(0.5, '.0g'), format(1.5, '.0e'), format(2.5, '.0e'), format(1e6, 'g'), format(1e5, 'g')
format(float('nan'), 'g'), format(float('inf'), '+g'), format(float('-inf'), 'G'), format(float('nan'), '010'), format(float('inf'), '=+10')
format(3.0, '.100g')[:30], format(0.1, '.30f'), format(0.1, '.20e'), format(1/3, '.17g')
''')
