# float.as_integer_ratio, is_integer and their errors on inf/nan
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (1e20).as_integer_ratio(), (0.0).as_integer_ratio(), (5e-324).as_integer_ratio()[0]
float('inf').as_integer_ratio()
float('-inf').as_integer_ratio()
float('nan').as_integer_ratio()
(1.0).is_integer(), (1.5).is_integer(), (-0.0).is_integer(), (1e300).is_integer(), float('inf').is_integer(), float('nan').is_integer()
(1.5).conjugate(), (1.5).real, (1.5).imag, (2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__(), type((2.5).__floor__())
int(float('inf'))
int(float('-inf'))
int(float('nan'))
import math
math.floor(float('inf'))
math.ceil(float('nan'))
''')
