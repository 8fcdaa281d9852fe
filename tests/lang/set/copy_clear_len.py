# set copy is shallow, clear empties in place, len and bool
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
s = {1, (2, 3)}
c = s.copy(); c.add(4); s, c, c is s
s.clear(), s, len(s), bool(s), bool(c), len(c)
set('abcabc') == {'a', 'b', 'c'}, len(set(range(1000)))
s = set(range(100)); s.clear(); s.add(5); s
s.copy(1)
''')
