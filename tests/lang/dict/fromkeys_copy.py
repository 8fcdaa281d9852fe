# dict.fromkeys (shared value, subclasses, iterables) and shallow copy
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys([]), dict.fromkeys(range(3), 'x')
d = dict.fromkeys('ab', [])
d['a'].append(1); d
class D(dict): pass
type(D.fromkeys('a')).__name__, D.fromkeys('ab', 1)
{}.fromkeys('z'), dict.fromkeys({'p': 1, 'q': 2}), dict.fromkeys('aab')
c = {'l': [1]}
e = c.copy(); e['l'].append(2); e['n'] = 1; c, e
type(D(a=1).copy()).__name__
dict.fromkeys()
dict.fromkeys(5)
dict.fromkeys([[]])
''')
