# bool is an int subclass: arithmetic, repr, truthiness of containers
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
True + True, True * 10, -True, ~True, True / 2, True // 2, True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__
bool([]), bool([[]]), bool(()), bool({}), bool(set()), bool(''), bool(' '), bool(0.0), bool(-0.0), bool(0j), bool(None), bool(range(0)), bool(range(1))
range(10)[True], 'abc'[False], [1, 2][True], {True: 'a', 1: 'b'}, {1: 'x'}[True], True == 1, True is 1 if False else 0
repr(True), str(False), int(True), float(True), format(True, 'd'), format(True, ''), format(False, '>6'), '%s %d %r' % (True, True, False)
isinstance(True, int), issubclass(bool, int), bool.__mro__, bool.__bases__
class B(bool): pass
bool(object()), bool(NotImplemented) if False else 1
class F:
    def __bool__(self): return 0
bool(F())
class G:
    def __len__(self): return 0
bool(G())
class H:
    def __len__(self): return -1
bool(H())
True.bit_length(), False.bit_count(), True.__index__(), hash(True), hash(False)
True.to_bytes(1, 'big'), (True).real, (True).imag, divmod(True, True), pow(True, 5)
bool(1, 2)
bool(x=1)
''')
