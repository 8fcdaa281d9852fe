# center, ljust and rjust with fill characters
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'ab'.center(7), 'ab'.center(6, '*'), 'abc'.center(6, '*'), 'a'.center(4, '-')
'abc'.center(2), ''.center(3, 'x')
'ab'.ljust(5, '.'), 'ab'.rjust(5, '.'), 'ab'.ljust(1), 'ab'.rjust(-5)
'x'.center(5, 'é'), 'x'.ljust(3, '\u20ac'), 'x'.rjust(3, '\U0001F600')
'é'.center(4), 'ab'.center(5, '\0')
'odd'.center(4), 'odd'.center(5), 'even'.center(5), 'even'.center(7)
''')
