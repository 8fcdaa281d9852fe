# hash() of floats and complex numbers: CPython's deterministic values
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
hash(0.0), hash(-0.0), hash(1.0), hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(-1e-300), hash(float('inf')), hash(float('-inf'))
hash(2.0**61), hash(2.0**62), hash(2.0**-10), hash(3.141592653589793), hash(-2.5), hash(1e16 + 2)
hash(1.0) == hash(1) == hash(True), hash(2**53 + 0.0) == hash(2**53), hash(0.5) == hash(complex(0.5, 0))
hash(complex(1, 2)), hash(complex(-1, 0.5)), hash(1j), hash(complex(0, -1)), hash(complex(1e300, 1e300)), hash(complex(float('inf'), 0))
hash(complex(2, 0)) == hash(2), hash(complex(-1, -1))
type(hash(float('nan')))
''')
