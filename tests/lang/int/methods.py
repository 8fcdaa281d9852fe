# int methods: bit_length, bit_count, as_integer_ratio, conjugate, numerator
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(0).bit_length(), (1).bit_length(), (-1).bit_length(), (255).bit_length(), (-256).bit_length(), (2**100).bit_length()
(0).bit_count(), (255).bit_count(), (-255).bit_count(), (2**100 - 1).bit_count()
(7).as_integer_ratio(), (-7).as_integer_ratio(), (True).as_integer_ratio()
(5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, (-2**70).numerator
int.__index__(5), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (15).__round__(-1)
(5).__int__(), (5).__float__(), (5).__abs__(), (-5).__abs__(), (5).__bool__(), (0).__bool__()
int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True)
int.bit_length('x')
(5).numerator.__class__.__name__, True.numerator, True.real.__class__.__name__
(5).__sizeof__() > 0, (5).__getnewargs__()
int.__new__(int, '7'), int.__new__(bool, 1)
''')
