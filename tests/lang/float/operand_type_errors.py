# unsupported operand messages for float with other types
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
1.5 + 'a'
1.5 * [1]
'ab' * 1.5
1.5 // 'a'
1.5 % None
divmod(1.5, 'a')
1.5 ** None
pow(1.5, 2, 3)
1.5 & 1
1.5 << 1
~1.5
range(1.5)
L = [1, 2]
L[1.0]
S = 'abc'
S[0.0:1]
L[:1.5]
chr(65.0)
x = 1.5
x |= 1
''')
