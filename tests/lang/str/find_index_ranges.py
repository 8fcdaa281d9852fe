# find, rfind, index, rindex and count with ranges
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'abcabc'.find('b'), 'abcabc'.rfind('b'), 'abcabc'.find('b', 2), 'abcabc'.rfind('b', 0, 4)
'abcabc'.find('x'), 'abcabc'.find(''), 'abcabc'.rfind(''), 'abc'.find('', 3), 'abc'.find('', 4)
'abcabc'.index('c'), 'abcabc'.rindex('c'), 'abcabc'.index('c', -2)
'abcabc'.count('b'), 'abcabc'.count(''), 'abcabc'.count('b', 2), 'abcabc'.count('bc', 0, 2)
'aaaa'.count('aa'), ''.count(''), ''.count('', 1), 'abc'.count('', 10)
'héllo€'.find('€'), 'héllo€'.rfind('l'), '\U0001F600xy'.index('y')
'abc'.find('c', None, None), 'abc'.find('c', -1, None), 'abc'.find('a', -10**20, 10**20)
'abc'.rfind('', 1, 2), 'abc'.find('b', 2, 1)
''')
