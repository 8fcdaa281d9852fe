# str split/rsplit/splitlines/partition with and without separators and maxsplit
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'a b  c '.split(), '  a b '.split(None, 1), 'a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), ''.split(), ''.split(','), 'abc'.split('abc')
'a b c'.rsplit(None, 1), '  a  b  '.rsplit(maxsplit=1), 'a\tb\nc\x0bd\x1ce\u3000f'.split(), 'aXbXc'.split('X', -1), 'aXbXc'.split('X', 0)
'x'.split('')
'x'.rsplit('')
'x'.split(1)
'x'.split(maxsplit='1')
'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), '\n'.splitlines(), 'a\r\n'.splitlines(keepends=True)
'a=b=c'.partition('='), 'abc'.partition('='), 'a=b=c'.rpartition('='), 'abc'.rpartition('='), 'abc'.partition('abc')
'a'.partition('')
'a'.rpartition(None)
'abcabc'.split('bc'), 'aaa'.split('aa'), 'aaa'.rsplit('aa'), 'a b'.split(' ', maxsplit=5), 'a b c d'.rsplit(' ', 2)
''')
