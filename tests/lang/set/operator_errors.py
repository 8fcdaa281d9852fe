# set operators require sets on both sides (methods accept iterables)
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
{1} | [2]
[2] | {1}
{1} & (1,)
{1} - 'a'
{1} ^ None
frozenset() | [1]
{1} + {2}
{1} * 2
-{1}
set(5)
set(1, 2)
frozenset([[]])
{[]}
{1}.add([])
''')
