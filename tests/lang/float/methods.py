# float methods: as_integer_ratio, is_integer, conjugate, trunc/floor/ceil
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (0.0).as_integer_ratio(), (1e20).as_integer_ratio()
float('inf').as_integer_ratio()
float('nan').as_integer_ratio()
(1.0).is_integer(), (1.5).is_integer(), float('inf').is_integer(), float('nan').is_integer(), (-0.0).is_integer()
(2.5).conjugate(), (2.5).real, (2.5).imag, (2.5).__trunc__(), (-2.5).__trunc__(), (2.5).__floor__(), (-2.5).__floor__(), (2.5).__ceil__(), (-2.5).__ceil__()
float('inf').__trunc__()
float('nan').__floor__()
(2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (1234.5).__round__(-2), (0.5).__round__(None)
float.__getformat__('double')
(1.5).__int__(), (1.5).__float__(), (-1.5).__abs__(), (1.5).__bool__(), (0.0).__bool__(), (1.5).__getnewargs__()
float.__new__(float, '2.5'), float.__new__(float), float()
''')
