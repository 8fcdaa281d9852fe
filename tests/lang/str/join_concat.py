# str building: join of generators and iterables, += in loops, multiplication
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
s = ''
for i in range(100): s += str(i)
len(s), s[:15], s[-6:]
''.join(str(i) for i in range(20)), '|'.join(map(str, [1, 2.5, None])), ', '.join(sorted({'b', 'a'})), ''.join(reversed('abc'))
'-'.join(['é', '中', '\U0001f600']), len('x'.join(['a'] * 1000)), ''.join(['a', 'b'] * 3), ' '.join([''] * 3)
'x'.join(iter([]))
'x'.join([None])
'x'.join(['a', 1])
('ab' * 5)[3:7], 'ab' * True, 'é' * 3, '\U0001f600' * 2, ('a' + 'é' + '\U0001f600') * 2
''')
