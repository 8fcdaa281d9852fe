# fill character and width errors of center/ljust/rjust
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'a'.center(5, 'xy')
'a'.ljust(5, '')
'a'.rjust(5, 'ab')
'a'.center(5, 1)
'a'.ljust(5, b'x')
'a'.rjust('5')
'a'.center()
'a'.ljust(5, 'x', 'y')
'a'.rjust(2**63)
'a'.center(1.5)
'a'.ljust(width=5)
''')
