# argument errors of float and complex methods
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(1.5).is_integer(1)
(1.5).hex(1)
(1.5).as_integer_ratio(1)
float.hex(1)
float.as_integer_ratio(True)
float.is_integer('1.5')
float.fromhex()
float.fromhex(0x10)
(1.5).__format__(1)
(1.5).__round__(1, 2)
(1.5).__round__('a')
(1.5).__trunc__(1)
(1.5).conjugate(2)
(1j).conjugate(2)
(1j).__format__()
(1j).__format__(None)
complex.conjugate(1.5)
float.__getformat__()
float.__getformat__('float'), float.__getformat__('double')
''')
