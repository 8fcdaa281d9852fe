# float.__format__ invalid specs and their messages
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
format(1.5, 'd')
format(1.5, 'x')
format(1.5, 'c')
format(1.5, 'b')
format(1.5, 's')
format(1.5, ',n')
format(1.5, '_n')
format(1.5, ',_')
format(1.5, '#,_f')
format(1.5, '.f')
format(1.5, 'ff')
format(1.5, '.-1f')
format(1.5, '99999999999999999999f')
format(1.5, '.99999999999999999999f')
format(1.5, '=^')
format(1.5, '\x00<5'), format(1.5, '<<5')
''')
