# unsupported operand messages for int with other types
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
1 + 'a'
'a' + 1
1 - None
1 * None
[1] * 1.5
1 / 'a'
1 // []
1 % {}
divmod(1, 'a')
divmod('a', 1)
1 ** []
pow(1, 2, 'a')
1 << None
1 & 1.5
-'a'
~1.5
+None
abs('a')
1 @ 2
x = 1
x += 'a'
x <<= 1.0
''')
