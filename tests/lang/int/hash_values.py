# hash() of ints, bools: CPython's deterministic values
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False), hash(2**61 - 1), hash(2**61), hash(2**61 - 2)
hash(-(2**61 - 1)), hash(-(2**61)), hash(2**64), hash(-(2**64)), hash(10**30), hash(-(10**30)), hash(2**122)
hash(123456789012345678901234567890), hash(-123456789012345678901234567890)
class I(int): pass
hash(I(5)), hash(I(-1)), hash(I(2**70))
(5).__hash__(), (-1).__hash__()
''')
