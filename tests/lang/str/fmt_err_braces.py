# errors for unbalanced braces in format strings
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'}'.format()
'a}b'.format()
'{'.format()
'{0'.format(1)
'x{'.format()
'{0:{1}'.format(1, 2)
'{:{:{}}}'.format(1, 2, 3)
'{0!}'.format(1)
'{0!x}'.format(1)
'{0!rr}'.format(1)
'{!r'.format(1)
'{0:}}'.format(1)
'{0]}'.format(1)
'{0[}'.format(1)
'{0.}'.format(1)
'{0[]}'.format([1])
'{.x}'.format(1)
''')
