# zip: shortest wins; strict=True when all lengths match
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
list(zip('abc', range(10))), list(zip()), list(zip('a')), list(zip('ab', 'cd', strict=True))
list(zip([], [], strict=True)), list(zip(strict=True)), list(zip('ab', 'cd', strict=False))
z = zip([1, 2], [3]); next(z), next(z, 'end')
it = iter([1, 2, 3]); list(zip(it, 'a')), list(it)
''')
