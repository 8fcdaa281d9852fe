# set.remove/pop/discard and their KeyErrors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
s = {1, 2}
s.remove(1), s, s.discard(5), s.discard(2), s
s.remove(7)
set().pop()
frozenset({1}).pop()
s.remove([])
s.discard([])
s.remove()
s.pop(1)
s.add(1), s.pop(), s
s.remove(frozenset()), 'unreached'
s = {frozenset({1})}; s.remove({1}); s
''')
