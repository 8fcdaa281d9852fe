# zip(strict=True) names the argument that is shorter or longer
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
list(zip('abc', 'ab', strict=True))
list(zip('ab', 'abc', strict=True))
list(zip('ab', 'ab', 'a', strict=True))
list(zip('ab', 'ab', 'abc', strict=True))
list(zip('a', 'ab', 'ab', strict=True))
list(zip('', 'a', strict=True))
zip(1)
zip('a', None)
zip('a', foo=1)
''')
