# dict method argument errors and key errors for unusual keys
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
{}.setdefault()
{}.pop()
{}.pop(1, 2, 3)
{}.popitem(1)
{}.keys(1)
{}.update(1, 2)
dict.fromkeys(1)
{}[(1, [2])]
{}[()]
{}[(1, 2)]
{}[frozenset()]
{}[None]
{}[1.5]
{}['']
{}[b'x']
d = {}; d[[]] = 1
del {}[1]
{1: 2}.get([])
{1: 2}.pop([], 5)
{1: 2} | 5
{1: 2} < {1: 2}
dict.fromkeys('ab', 1).popitem(), len(dict.fromkeys(range(1000)))
''')
