# str.maketrans argument errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
str.maketrans()
str.maketrans('abc')
str.maketrans({'ab': 1})
str.maketrans({1.5: 'a'})
str.maketrans({'': 'a'})
str.maketrans('ab', 'c')
str.maketrans('a', 'b', 5)
str.maketrans(1, 'b')
str.maketrans('a', 2)
str.maketrans('a', 'b', 'c', 'd')
str.maketrans([('a', 'b')])
str.maketrans(x='a')
''')
