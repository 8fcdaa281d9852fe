# str concatenation errors and sum() of strings
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'a' + 1
1 + 'a'
'a' + None
'a' + b'b'
b'b' + 'a'
'a' + ['b']
['b'] + 'a'
x = 'a'
x += 1
sum(['a', 'b'], '')
sum(['a', 'b'])
'a' + 'b' + 'c', 'é' + '\U0001F600', '' + '', 'x' + ''
'a' - 'b'
-'a'
~'a'
'a' / 2
'a' // 'b'
'a' ** 2
'a' @ 'b'
'a' & 'b'
''')
