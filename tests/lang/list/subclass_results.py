# operations on list/tuple subclasses return plain lists/tuples
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class L(list): pass
class T(tuple): pass
type(L([1]) + [2]).__name__, type(L([1]) * 2).__name__, type(L([1])[:]).__name__, type(L([1]).copy()).__name__
L([1]) == [1], repr(L([1, 2])), type(sorted(L([2, 1]))).__name__, type(reversed(L([1, 2]))).__name__
type(T((1,)) + (2,)).__name__, type(T((1,))[:]).__name__, T((1, 2)) == (1, 2), hash(T((1, 2))) == hash((1, 2))
type(tuple(T((1,)))).__name__, [*T((1, 2))], type(iter(T((1,)))).__name__
a = L([3]); a += [4]; type(a).__name__, a
L.__new__(L, 1, 2)
''')
