# tuple comparisons: item by item, then length; unorderable items raise
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 'a') == (1, 'a'), (1, 2) == (1, 'a')
(1, 'a') < (1, 'b'), (1, 2) <= (1, 2), (1, 2) >= (1, 2)
(1, 2) < (1, 'a')
(1,) < ('a',)
(1,) < [1]
(None,) < (None,)
(1, 2) > (1, None)
''')
