# set operators with frozensets, dict views and in-place operators on aliases
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
s = {1, 2, 3}; t = s; t |= {4}; s is t, s
s = {1, 2}; s &= frozenset([2, 3]); s, type(s).__name__
f = frozenset([1, 2]); g = f; g |= {3}; f, g, f is g
{1, 2} - {2: 'x'}.keys(), {1, 2} ^ {2: 1}.keys(), {1, 2} | {3: 0}.keys(), {1, 2} & {2: 0}.keys()
{1, 2}.union({3: 0}), {1, 2}.intersection('12'), set('ab').symmetric_difference({'b': 1}), set().union(*[[1], [2], [3]])
s = {1, 2, 3}; s -= s; s
s = {1, 2, 3}; s ^= s; s
s = {1}; s |= s; s &= s; s
{1} == {1.0}, {1} == frozenset({True}), {(1, 2)} < {(1, 2), (3,)}, set() <= set(), set() < set()
''')
