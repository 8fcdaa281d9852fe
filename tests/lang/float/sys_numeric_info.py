# sys.int_info, sys.float_info, sys.hash_info values and read-only struct sequences
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
import sys
sys.int_info
sys.float_info
sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.algorithm in ('siphash13', 'siphash24', 'fnv'), sys.hash_info.cutoff
sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0], len(sys.float_info)
sys.float_repr_style, sys.maxsize, type(sys.maxsize)
sys.int_info.bits_per_digit in (15, 30), sys.int_info.sizeof_digit in (2, 4), sys.int_info[2:]
sys.float_info.max * 2, sys.float_info.min / 2 > 0, 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0
type(sys.float_info).__name__, type(sys.int_info).__name__
sys.float_info.max = 1
''')
