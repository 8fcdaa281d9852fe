# list * n and *= n, with zero and negative counts and bool
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
[1, 2] * 3, 3 * [1, 2], [1] * 0, [1] * -5, [] * 10, [0] * True
a = [1, 2]
b = a
a *= 2; a, a is b
a *= -1; a, b
c = [[]] * 3
c[0].append(1); c
''')
