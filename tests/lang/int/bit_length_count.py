# bit_length and bit_count of small, negative and huge ints
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(0).bit_length(), (1).bit_length(), (-1).bit_length(), (255).bit_length(), (-256).bit_length(), (-257).bit_length()
(2**1000).bit_length(), (-(2**1000)).bit_length(), (2**1000 - 1).bit_length(), (2**63).bit_length(), (-(2**63)).bit_length()
(0).bit_count(), (-1).bit_count(), (255).bit_count(), (-255).bit_count(), (2**1000 - 1).bit_count(), (-(2**1000) + 1).bit_count()
True.bit_length(), True.bit_count(), False.bit_length()
(5).bit_length(1)
int.bit_length(5), int.bit_count(7)
int.bit_length(5.0)
''')
