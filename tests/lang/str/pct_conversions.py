# every printf-style conversion type
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'%s|%r|%a' % ('é', 'é', 'é')
'%d %i' % (42, -7)
'%d' % 3.99, '%i' % True
'%o %x %X' % (8, 255, 255)
'%e %E' % (12345.678, 0.00012)
'%f %F' % (1.5, float('inf'))
'%g %G' % (0.00001234, 1e20)
'%c%c' % (65, 'z')
'%c' % 0x1F600
'100%%' % ()
'%s' % [1, 2]
'%s' % (None,)
'%r' % 'a\tb'
'%a' % '\u20ac'
'%x' % -255, '%o' % -8
'%d' % 10**30
'%e' % 10**20
'%f' % float('nan'), '%F' % float('nan')
'%s' % 'only'
'%u' % 5
''')
