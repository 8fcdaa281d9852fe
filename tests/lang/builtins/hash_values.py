# hash() of ints, floats, complex, str, bytes, tuple, frozenset under PYTHONHASHSEED=0
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**64), hash(-2**64), hash(10**100), hash(-10**100)
hash(0.0), hash(-0.0), hash(0.5), hash(1.5), hash(-2.5), hash(1e100), hash(1e-100), hash(float('inf')), hash(float('-inf')), hash(2.0**70)
hash(1j), hash(1+2j), hash(-3.5j), hash(complex(1e10, -1e10))
hash(''), hash('a'), hash('abc'), hash('é'), hash('中文'), hash('\U0001f600'), hash('x' * 100)
hash(b''), hash(b'a'), hash(b'abc'), hash(b'\xff' * 33), hash('abc') == hash(b'abc'), hash(memoryview(b'abc')) == hash(b'abc')
hash(()), hash((1, 'a')), hash(((), ((),))), hash(frozenset([1, 2, 3])), hash(frozenset('abc')), hash(frozenset([frozenset()]))
hash(True), hash(1.0) == hash(1) == hash(True), hash(2**61 - 1) == hash(0), hash(range(3)) == hash(range(3)), hash(...) == hash(...)
hash([])
hash({})
hash(set())
hash(bytearray())
hash(slice(1))
class H:
    def __hash__(self): return 2**70
hash(H())
class H2:
    def __hash__(self): return -1
hash(H2())
class H3:
    def __hash__(self): return 'x'
hash(H3())
class H4:
    def __eq__(self, o): return True
hash(H4())
''')
