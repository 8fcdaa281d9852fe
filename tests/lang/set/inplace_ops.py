# in-place set operators keep identity; frozenset ones make new objects
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
s = {1, 2, 3}; t = s
s |= {4}; s, s is t
s &= {1, 2, 4, 9}; s, s is t
s -= {1}; s, s is t
s ^= {2, 7}; s, s is t
f = frozenset({1}); g = f
f |= {2}; f, f is g, type(f).__name__
s |= [1]
s &= 'ab'
s -= None
s ^= (1,)
''')
