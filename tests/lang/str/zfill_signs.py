# zfill with signs, widths and non-numeric text
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5)
'-'.zfill(3), '+'.zfill(1), ''.zfill(3)
'abc'.zfill(6), '3.14'.zfill(8), '-0x1f'.zfill(8)
'12345'.zfill(3), '1'.zfill(-1), '1'.zfill(0)
'é'.zfill(3), '--1'.zfill(5)
'1'.zfill(True)
'1'.zfill(None)
'1'.zfill(2.0)
'1'.zfill(2**100)
'1'.zfill(width=3)
''')
