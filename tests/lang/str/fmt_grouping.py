# thousands separators ',' and '_' in format specs
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'{:,}'.format(1234567)
'{:_}'.format(1234567)
'{:,}'.format(-1234567.891)
'{:,.2f}'.format(1234567.891)
'{:_x}'.format(0xdeadbeef)
'{:_b}'.format(255)
'{:_o}'.format(8**8)
'{:#_x}'.format(2**40)
'{:012,}'.format(1234)
'{:013,.1f}'.format(-1234.5)
'{:,}'.format(999)
'{:,d}'.format(10**20)
'{:_}'.format(12345.6789)
'{:,e}'.format(123456.0)
'{:,%}'.format(12345.0)
'{:,g}'.format(1234567.0)
'{:010_}'.format(12345)
format(10**6, ',')
format(-10**6, '_')
''')
