# reversed(range) and range iterators, including length hints
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(5, 0, -2)))
it = iter(range(3)); it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__()
rv = reversed(range(10**20, 10**20 + 2)); next(rv), next(rv), next(rv, 'end')
rv = reversed(range(-2**63, -2**63 + 2)); list(rv)
type(iter(range(2))).__name__, type(iter(range(10**20))).__name__, type(reversed(range(3))).__name__
''')
