# nested specs, field names and numeric edge cases in format
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'{:{}{}}'.format(1, '>', 5)
'{0:.{1}f}'.format(1.23456, 2)
'{:.{prec}}'.format('abcdef', prec=2)
'{0[0]:{0[1]}}'.format(['x', '>3'])
'{[0]}'.format('ab'), '{0[0][1]}'.format(['ab']), '{0.real.imag}'.format(5)
'{0.imag!r:>5}'.format(1j), '{0!r:{1}}'.format('a', '>5')
'{0:}'.format(3), '{0:s}'.format('x'), '{!s:}'.format(3)
'{0[1:2]}'.format({'1:2': 'sl'}), '{00}'.format('z'), '{01}'.format('y', 'z')
'{ 0 }'.format(**{' 0 ': 'spaced'}), '{-1}'.format(**{'-1': 'neg'})
'{\u20ac}'.format(**{'\u20ac': 'euro'})
'x}}y{{z'.format()
'{:>{w}.{p}f}'.format(3.14159, w=10, p=3)
'{:%}'.format(5), '{:.0%}'.format(0.5), '{:e}'.format(0), '{:.2e}'.format(10**400)
'{:n}'.format(10**20), '{:,}'.format(-0.0), '{:,.0f}'.format(1e20), '{:.3}'.format(10**20)
'{:x<+08.2f}'.format(3), '{:<010}'.format(1.5), '{:020,.3f}'.format(123456.789)
'{:0=+10,}'.format(12345), '{:,}'.format(1.5e300)
'{:.1000f}'.format(1.0)[-3:]
'{:g}'.format(1e100), '{:.0g}'.format(123), '{:.1g}'.format(0.05), '{:#.3g}'.format(100)
'{:^5c}|'.format(65), '{:X}'.format(255), '{:#_X}'.format(2**33)
'{:.0}'.format(1.5), '{:.0}'.format('abc'), '{:.0%}'.format(0.555)
f'{1:{2}{3}}', f'{"a"!r:>{5}}', f'{3.14159:.{2}f}'
format(1.0, '.0e'), format(0.0001, ''), format(1e-5, ''), format(123.0, '.1'), format(1e22, 'f')
format(12345678901234567890.0, ''), format(float('nan'), '+'), format(float('-inf'), '010')
format(5, '010_'), format(-5, '+010'), format(5, '<010'), format(5, '^010')
format(True, '>5'), format(False, 'd')
''')
