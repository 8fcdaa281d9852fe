# ordering comparisons with complex and related TypeErrors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
1j < 2j
1j <= 1
1 > 1j
1.5 >= 1j
sorted([1j, 2j])
max(1j, 2j)
(1+0j) < 2
1j == 1j, 1j != 2j, 1j == None, 1j == 'a', 0j == 0, 0j == False, 1j in [1j], hash(1j) == hash(complex(0, 1))
1j // 1
1j % 1
divmod(1j, 2)
int(1j)
float(1j)
math = __import__('math')
math.sqrt(1j)
math.floor(1j)
round(1j)
''')
