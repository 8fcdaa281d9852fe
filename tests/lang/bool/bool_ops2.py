# bool operations: bitwise results keep bool type, comparisons and conversions
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
True & True, True | False, True ^ False, False ^ False, type(True ^ True).__name__, True & 1, type(True & 1).__name__
True < 2, False < True, max(True, False), min(True, 2), sorted([True, False, True]), sum([True] * 5), True * 'ab', [1, 2][False:True]
-True, +True, abs(False), ~False, True << 3, True >> 1, True ** 10, True % 2, divmod(False, True), True / True
hash(True) == hash(1), {True: 'x'}[1], {1, True, 1.0}, True in [1], 1 in [True], str(True).lower(), repr(~True)
bool('False'), bool('0'), bool(0.0 + 0j), bool(float('nan')), bool(range(0, 10, 20)), bool(b'\x00')
int('True')
True + 'a'
''')
