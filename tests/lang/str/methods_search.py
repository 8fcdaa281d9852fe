# str find/rfind/index/rindex/count/startswith/endswith with ranges and tuples
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('l', 3), 'hello'.find('l', -2), 'hello'.find('z'), 'hello'.find(''), 'hello'.find('', 10), 'hello'.rfind(''), 'hello'.find('h', 1, 0)
'hello'.index('e'), 'hello'.rindex('l', 0, 4), 'hello'.count('l'), 'hello'.count(''), 'aaaa'.count('aa'), 'hello'.count('l', 3), 'hello'.count('l', -1, 100), ''.count('')
'hello'.index('z')
'hello'.rindex('z')
'hello'.find(1)
'hello'.find('l', 'x')
'hello'.find('l', None, None), 'hello'.count('l', None), 'hello'.startswith('he', None)
'hello'.startswith('he'), 'hello'.startswith(('x', 'he')), 'hello'.startswith('l', 2), 'hello'.startswith('', 5), 'hello'.startswith('', 6), 'hello'.endswith('lo', 0, 5), 'hello'.endswith(('a', 'lo')), 'hello'.endswith('l', 0, -1)
'hello'.startswith(['he'])
'hello'.endswith(1)
'hello'.startswith(('he', 1))
'hello'.startswith()
'abcabc'.replace('b', 'X'), 'abcabc'.replace('b', 'X', 1), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), 'aaa'.replace('a', ''), 'abc'.replace('b', 'X', -1), 'abc'.replace('b', 'X', 0)
'abc'.replace(1, 'x')
'abc'.replace('a')
'x'.join(['a', 'b', 'c']), ''.join([]), ', '.join('abc'), '-'.join(('x',)), ''.join(x for x in 'ab')
','.join([1, 2])
','.join(['a', b'b'])
','.join(5)
''')
