# str zfill/center/ljust/rjust/expandtabs/removeprefix/removesuffix with edge cases
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), ''.zfill(3), 'abc'.zfill(2), '--'.zfill(4), '-'.zfill(1), '+'.zfill(3)
'ab'.center(7), 'ab'.center(6, '*'), 'abc'.center(6, '*'), 'a'.center(4, '-'), 'ab'.ljust(5, '.'), 'ab'.rjust(5, '.'), 'ab'.center(-1)
'a'.center(5, '')
'a'.center(5, 'ab')
'a'.ljust('5')
'a'.rjust(5, 1)
'a\tb\tc'.expandtabs(), 'ab\tc'.expandtabs(4), '\t'.expandtabs(0), 'a\nb\tc'.expandtabs(3), 'a\r\tb'.expandtabs(2), 'x\t'.expandtabs(-3), 'abc'.expandtabs(tabsize=2)
'prefix_x'.removeprefix('prefix_'), 'x'.removeprefix('y'), 'x.py'.removesuffix('.py'), 'x'.removesuffix(''), ''.removeprefix('')
'x'.removeprefix(None)
'x'.removesuffix(('a',))
'ab' * 3, 'ab' * 0, 'ab' * -1, 3 * 'x', 'a' + 'b', 'abc' < 'abd', 'Z' < 'a', 'é' > 'z', '' < 'a', 'ab' < 'abc', 'a' in 'abc', '' in 'abc'
1 in 'abc'
'a' + 1
'a' < 1
'abc'[::-1], 'abcdef'[1:5:2], 'abcdef'[::-2], 'abcdef'[-2:], 'abcdef'[10:], 'abcdef'[5:1:-1], 'abc'[-100:100]
'abc'[3]
'abc'[None:None:0]
''')
