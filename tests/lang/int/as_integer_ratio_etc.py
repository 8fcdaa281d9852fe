# as_integer_ratio, conjugate, numerator, denominator, real, imag
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(5).as_integer_ratio(), (-5).as_integer_ratio(), (0).as_integer_ratio(), (10**30).as_integer_ratio(), True.as_integer_ratio()
(5).conjugate(), (-5).real, (5).imag, (5).numerator, (5).denominator, True.numerator, True.real, type(True.real), type(True.conjugate())
class I(int): pass
type(I(5).as_integer_ratio()[0]), type(I(5).real), type(I(5).numerator), type(I(5).conjugate()), type(+I(5)), type(-I(5)), type(abs(I(-5)))
(5).numerator = 3
(5).real = 1
(5).is_integer() if hasattr(5, 'is_integer') else 'no is_integer'
''')
