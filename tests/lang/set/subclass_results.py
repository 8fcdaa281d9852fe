# set operators on subclasses return the base type; copy too
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class S(set): pass
class F(frozenset): pass
type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__, type(S([1]) - {2}).__name__
type(F([1]) | {2}).__name__, type({2} | F([1])).__name__, type(F([1]).copy()).__name__
repr(S([1])), repr(F()), repr(S()), F([1]) == frozenset([1]), S() == set()
s = S([1]); s |= {2}; type(s).__name__, s
''')
