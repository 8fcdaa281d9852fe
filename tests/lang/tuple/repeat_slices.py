# tuple repetition (zero, negative, identity of 1x), slicing with steps
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(1, 2) * 2, 2 * (1,), (1,) * 0, (1,) * -3, () * 5
t = (1, 2, 3)
t * 1 is t, t[:] is t, t[::-1], t[::2], t[1:100], t[-100:1], t[5:], t[::-2]
t[::0]
t = (1,); u = t; t *= 3; t, u
t = (1,); t += (2,); t
''')
