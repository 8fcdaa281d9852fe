# int.__format__ error messages
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
format(5, 's')
format(5, 'z')
format(5, '.2d')
format(5, '.2x')
format(5, ',x')
format(5, ',c')
format(5, '+c')
format(5, '#c')
format(-1, 'c')
format(0x110000, 'c')
format(5, ',_')
format(5, '_,')
format(5, ',n')
format(5, '=s')
format(5, 'xx')
format(5, '10000000000000000000000d')
format(5, '.')
format(True, 's')
format(5, '#d'), format(5, '-d'), format(5, ' x')
''')
