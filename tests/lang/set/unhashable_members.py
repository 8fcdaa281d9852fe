# sets hash members; a set inside `in` is looked up as a frozenset
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
{1, 2} in {frozenset({1, 2})}, set() in {frozenset()}, {1} in {1}
s = {frozenset({3})}; s.discard({3}); s
{(1, [2])}
{1: 2} in {1}
[1] in {1}
set([{}])
''')
