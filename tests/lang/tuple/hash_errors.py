# hashing a tuple hashes every item: unhashable items raise TypeError
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
hash((1, []))
hash(([],))
hash((1, (2, {})))
hash((1, {1}))
{(1, [2]): 3}
(1, []) in {1: 2}
hash((1, frozenset({2}))) == hash((1, frozenset({2})))
''')
