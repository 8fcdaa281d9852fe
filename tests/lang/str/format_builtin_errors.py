# format() builtin and __format__ of object
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
format('abc')
format('abc', '')
format(object(), '')[:8]
format(object(), 'x')
format(3, 5)
format([], '>5')
format(None, '')
format('abc', '^9')
str.__format__('ab', '>4')
str.__format__('ab', 4)
type(format(True, ''))
format(True, 'd'), format(True, '^6')
format(1.5, '')
format(-0.0), format(1e300 * 10)
''')
