# %-formatting of ints/floats, the 'z' option, str.format of huge ints
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
format(-0.0, 'z.1f'), format(-0.001, 'z.1f'), format(-0.0, 'z'), format(-1e-10, 'z.3e'), format(0.0, 'z'), format(-0.4, 'z.0f'), format(-0.0j, 'z')
format(-0.001+0j, 'z.1f'), format(5, 'z') if False else 0
format(5, 'z')
format(5, 'zd')
format(-0.0, 'z%')
format(1.5, '+z=10.2f')
'%.2f' % -0.001, '%+.3e' % 12345.678, '%g' % 1e-5, '%#x' % 255, '%o' % -8, '%c' % 65, '%5.1f|' % 2.25, '%-8d|' % 42, '%08.3f' % -3.14159
'%d' % 3.99, '%i' % -3.99, '%x' % 3.0
'%c' % 1.5
'%d' % '5'
'%x' % 10**30, '%X' % -(10**30), '%e' % 10**30, '%f' % 10**20, '%.0f' % 0.5, '%.0f' % 1.5, '%r' % 1.5, '%a' % 1j
'%f' % 10**400
'%d' % 10**400 % 7 if False else 0
'%s' % 1e16, '%s' % -0.0, '%.3s' % 3.14159, '%10.4g|' % 1234567, '%-+10.2e|' % 0.001, '% d' % 5, '%#.0e' % 5.0, '%#g' % 1.0
'{:,}'.format(10**25), '{:_b}'.format(2**20), '{:#_o}'.format(8**10), '{:>+#12_x}'.format(-(16**6)), '{:=^+12,}'.format(1234)
'{:e}'.format(10**400)
'{:f}'.format(10**400)
'{:.0%}'.format(10**20)
'{:n}'.format(10**20), '{:,.2f}'.format(10**20), '{:g}'.format(2**70), '{:.3e}'.format(-12345)
''')
