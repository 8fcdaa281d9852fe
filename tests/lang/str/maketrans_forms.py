# str.maketrans with one, two and three arguments
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
sorted(str.maketrans({'a': 'b', 98: None, 'c': 100}).items())
sorted(str.maketrans('abc', 'xyz').items())
sorted(str.maketrans('ab', 'cd', 'ef').items())
str.maketrans('', '')
str.maketrans('', '', '')
sorted(str.maketrans('', '', 'xy').items())
sorted(str.maketrans('aa', 'bc').items())
sorted(str.maketrans({'é': 'e'}).items())
'x'.maketrans('a', 'b')
str.maketrans({})
''')
