# in operator and rich comparisons of str
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'bc' in 'abcd', '' in 'abc', '' in '', 'x' in ''
'é' in 'café', '\U0001F600' in 'a\U0001F600', 'ab' in 'a'
'a' < 'b', 'a' < 'ab', 'B' < 'a', 'é' > 'z', '\U0001F600' > '\uffff'
'abc' <= 'abc', 'abc' >= 'abd', 'abc' != 'abc ', '' < 'a'
sorted(['b', 'A', 'é', 'a', 'ß', 'Z', '\U0001F600', '\u00ff', '\u0100'])
'a' == 1, 'a' != None, '1' == 1
1 in 'abc'
None in 'abc'
'a' < 1
'a' >= None
'a' > b'a'
max('hello'), min('hello'), max('a', 'B')
''')
