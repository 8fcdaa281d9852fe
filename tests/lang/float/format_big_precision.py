# float formatting with very large precisions, halfway rounding in f/e/g, precision limits
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
len(format(1.5, '.1000f')), format(1e300, '.500e')[-30:], ('%.200f' % 0.1)[-20:], format(0.1, '.60g'), len(format(5e-324, '.1100f')), format(5e-324, '.1100f')[-20:]
format(2**-1074, '.760e')[:30], format(1/3, '.1000%')[-10:], len(format(1e308, '.300f')), format(123.456, '.0e'), format(9.9999, '.3g'), format(9.9995, '.4g')
format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(-0.5, '.0f'), format(0.05, '.1f'), format(0.15, '.1f'), format(0.25, '.1f'), format(0.35, '.1f')
format(1e16, '.0f'), format(123456789.0, '.2e'), format(1e-7, 'f'), format(1e-7, 'g'), format(1.0e-7, ''), format(1e+300, 'F')[-5:]
format(1.5, '.2147483648f')
'%.2147483648f' % 1.5
''')
