# dict() from keywords, mappings, pairs and both
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
dict(), dict(a=1, b=2), dict({'a': 1}, b=2), dict([('a', 1)], a=2), dict(zip('ab', range(2)))
dict(dict(x=1)), dict([]), dict(()), dict(**{'k': 1})
class M:
    def keys(self): return iter([1, 2])
    def __getitem__(self, k): return -k
dict(M())
dict({1: 2}.items())
''')
