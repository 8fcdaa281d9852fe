# a set changed while iterating raises RuntimeError
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
s = {1, 2, 3}
for x in s: s.add(x + 10)
s = {1, 2, 3}
for x in s: s.discard(x)
s = {1, 2, 3}
for x in s: s.remove(x); s.add(x + 100)
f = frozenset({1, 2}); [x for x in f]
''')
