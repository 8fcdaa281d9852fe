# big ints print exactly: 1 << 3000, factorials, negative powers
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
1 << 3000
-(3 ** 500)
r = 1
for i in range(2, 1000): r *= i
str(r)[:50], str(r)[-50:], len(str(r))
(10**100 + 1) * (10**100 - 1) == 10**200 - 1
(2**521 - 1) % 1000000007, hex(2**521 - 1)[:20]
sum(int(d) for d in str(2**10000))
int(str(7**2000)) == 7**2000, str(-7**1500)[:10]
(12345678901234567890 * 98765432109876543210)
format(2**200, ','), format(-2**200, '_x'), format(2**200, '>80')
''')
