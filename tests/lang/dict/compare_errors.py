# dicts compare for equality only; ordering raises TypeError
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
{1: 2} == {1: 2.0}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}
{} < {}
{1: 2} <= {1: 2}
{} > []
nan = float('nan')
{1: nan} == {1: nan}
''')
