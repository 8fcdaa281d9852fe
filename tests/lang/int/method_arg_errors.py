# argument errors of int methods
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(5).bit_length(1)
(5).bit_count(0)
(5).as_integer_ratio(1)
(5).conjugate(1)
(5).to_bytes(1, 'big', 'x')
(5).to_bytes(1, 'big', signed=True, extra=1)
(5).to_bytes(byteorder='big', length='1')
(5).to_bytes(1, 5)
int.from_bytes(b'1', 'big', True)
int.from_bytes(b'1', 'big', signed=True, x=1)
int.from_bytes(b'1', byteorder=None)
int.from_bytes(bytes=b'\x01', byteorder='little', signed=False)
(5).__format__(5)
(5).__format__()
(5).__round__(1, 2)
(5).__round__('a')
(5).__sizeof__(1)
int.bit_length()
int.bit_length('5')
(5).__trunc__(1)
''')
