# iter(callable, sentinel) calls until the sentinel (compared with ==)
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
c = iter([1, 2, 3, 4]).__next__
list(iter(c, 3))
n = [0]
def f():
    n[0] += 1
    return n[0]
list(iter(f, 4)), list(iter(f, 6.0))
def g(): raise StopIteration
list(iter(g, 1))
it = iter(iter('ab').__next__, 'z'); type(it).__name__, iter(it) is it, next(it), next(it), next(it, 'end')
''')
