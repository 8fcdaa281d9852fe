# equal strings hash equal, across kinds, subclasses and interning
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class S(str): pass
hash('abc') == hash(S('abc')), hash('é' * 3) == hash(''.join(['é'] * 3))
hash('a' + '\U0001F600'[:0]) == hash('a'), hash('\xff') == hash(chr(255))
{'k': 1}[S('k')], S('k') in {'k'}, 'k' in {S('k')}
len({'a', S('a'), 'a' + '', ''.join('a')})
d = {}
d['x' * 3] = 1
d[''.join(['x'] * 3)]
hash('') == hash(str()), type(hash('q'))
class H(str):
    def __hash__(self): return 42
    def __eq__(self, o): return str.__eq__(self, o)
hash(H('z')), {H('z'): 1}.get('z')
''')
