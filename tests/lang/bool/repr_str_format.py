# repr, str and format of bools
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
repr(True), str(False), format(True), format(True, ''), format(True, 'd'), format(False, '5'), format(True, '<6') + '|', format(True, '.1f'), format(True, '%')
'%s %r %d %i %x %f' % (True, False, True, False, True, True), f'{True}', f'{True!r}', f'{True:>6}', f'{False:03}'
str(True) is str(True), [True, False], {True: 1}, (True,), {1: 'a', True: 'b'}, {True, 1, 1.0}
int(True), float(False), complex(True), hash(True), hash(False)
True.__str__(), True.__repr__(), bool.__repr__(False), int.__repr__(True)
format(True, 's')
''')
