# isdecimal, isdigit and isnumeric on non-ASCII digits
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
[(c, c.isdecimal(), c.isdigit(), c.isnumeric()) for c in '0²½٣۴߀३৪Ⅻ①〇六𝟘']
'123'.isdecimal(), '12.3'.isdecimal(), ''.isdecimal(), ''.isdigit(), ''.isnumeric()
'١٢٣'.isdecimal(), '²³'.isdecimal(), '²³'.isdigit()
'½'.isdigit(), '½'.isnumeric(), '⅓⅔'.isnumeric()
'-1'.isdigit(), ' 1'.isnumeric()
int('١٢٣'), int('𝟘𝟙'), float('٣.٥')
int('²')
sum(1 for c in range(0x40000) if chr(c).isdecimal())
sum(1 for c in range(0x40000) if chr(c).isdigit())
sum(1 for c in range(0x40000) if chr(c).isnumeric())
'x'.isdigit(1)
''')
